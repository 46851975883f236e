using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ReportBot.Tests.Support;

/// <summary>A real redis-server on 127.0.0.1 and a free port, without persistence, stopped with the fixture.</summary>
public sealed class RedisServer : IDisposable
{
    private Process? process;

    /// <summary>"127.0.0.1:PORT", once <see cref="Start"/> has run.</summary>
    public string Connection { get; private set; } = "";

    public void Start()
    {
        if (process is not null) return;
        var path = RequiredTool.Require("redis-server", "sudo apt-get install -y redis-server", "/usr/bin/redis-server", "/usr/local/bin/redis-server");
        var port = FreePort();
        process = Process.Start(new ProcessStartInfo(path, $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no --protected-mode yes")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        Connection = $"127.0.0.1:{port}";
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Answers(port))
        {
            if (process.HasExited || DateTime.UtcNow > deadline) throw new InvalidOperationException($"redis-server did not answer on port {port}.");
            Thread.Sleep(50);
        }
    }

    private static bool Answers(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            using var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            return stream.Read(buffer) > 0 && buffer[0] == (byte)'+';
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (process is { HasExited: false }) process.Kill();
        process?.Dispose();
    }
}
