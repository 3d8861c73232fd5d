// Preloaded into a profiled backend: SIGUSR2 ends it with process.exit(), which (unlike a fatal
// signal) lets `node --cpu-prof` write its profile.
process.on('SIGUSR2', () => process.exit(0));
