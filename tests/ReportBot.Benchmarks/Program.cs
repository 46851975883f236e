using BenchmarkDotNet.Running;

// Run in Release: dotnet run -c Release --project tests/ReportBot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ReportBot.Benchmarks.SearchBenchmarks).Assembly).Run(args);
