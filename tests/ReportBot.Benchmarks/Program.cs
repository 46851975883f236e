using BenchmarkDotNet.Running;
using ReportBot.Benchmarks;

// `echo-server --urls URL`: the bare ASP.NET Core echo that load.sh measures the bot against.
if (args.Length > 0 && args[0] == "echo-server")
{
    await EchoServer.RunAsync(args[1..]);
    return;
}

// Benchmarks, in Release: dotnet run -c Release --project tests/ReportBot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
