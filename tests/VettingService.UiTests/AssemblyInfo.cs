using VettingService.UiTests.Support;

// One service host and one browser for every test; they share its database, so xunit.runner.json runs them one at a time.
[assembly: AssemblyFixture(typeof(UiHost))]
