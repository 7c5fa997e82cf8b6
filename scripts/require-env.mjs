// Fails with a clear message when a suite is run without the setting it needs.
for (const name of process.argv.slice(2)) {
  if (!process.env[name]) {
    console.error(`${name} is not set; this suite needs it (e.g. ${name}=postgres://postgres@127.0.0.1:5432/test).`);
    process.exit(1);
  }
}
