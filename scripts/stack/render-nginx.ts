import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR, generatedConfigs } from './nginx-targets';

// Regenerates nginx/generated/*.conf; a test fails when the committed files are stale.
for (const [name, content] of Object.entries(generatedConfigs())) {
  writeFileSync(join(GENERATED_DIR, name), content);
  console.log(`wrote nginx/generated/${name}`);
}
