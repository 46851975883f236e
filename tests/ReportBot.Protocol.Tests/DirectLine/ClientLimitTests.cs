using System.Net;
using Microsoft.AspNetCore.Http;
using ReportBot.Protocol.DirectLine;

using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.DirectLine;

/// <summary>Client addresses and the fixed-window limiter, in memory.</summary>
public sealed class ClientLimitTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("2001:db8::1", false)]
    public void Only_loopback_clients_are_local(string address, bool local)
    {
        Assert.Equal(local, ClientAddress.IsLocal(Context(address)));
    }

    [Fact]
    public void Addresses_of_one_ipv6_64_share_a_key_and_mapped_ipv4_is_ipv4()
    {
        Assert.Equal(ClientAddress.Key(Context("2001:db8:1:2::1")), ClientAddress.Key(Context("2001:db8:1:2:ffff::9")));
        Assert.NotEqual(ClientAddress.Key(Context("2001:db8:1:2::1")), ClientAddress.Key(Context("2001:db8:1:3::1")));
        Assert.Equal("192.0.2.7", ClientAddress.Key(Context("::ffff:192.0.2.7")));
    }

    [Fact]
    public void Each_client_has_its_own_window()
    {
        var clock = new ManualClock();
        var limiter = new ClientRateLimiter("tests", 1, TimeSpan.FromMinutes(1), 10, clock);

        Assert.True(limiter.TryAcquire("a", out _));
        Assert.True(limiter.TryAcquire("b", out _));
        Assert.False(limiter.TryAcquire("a", out var retryAfter));
        Assert.Equal(TimeSpan.FromMinutes(1), retryAfter);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(limiter.TryAcquire("a", out _));
    }

    [Fact]
    public void The_limiter_tracks_a_bounded_number_of_clients()
    {
        var clock = new ManualClock();
        var limiter = new ClientRateLimiter("tests", 5, TimeSpan.FromMinutes(1), 3, clock);
        foreach (var key in new[] { "a", "b", "c" })
        {
            Assert.True(limiter.TryAcquire(key, out _));
        }

        Assert.False(limiter.TryAcquire("d", out _));
        Assert.True(limiter.TryAcquire("a", out _));
        Assert.Equal(3, limiter.TrackedClients);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(limiter.TryAcquire("d", out _));
        Assert.Equal(1, limiter.TrackedClients);
    }

    private static DefaultHttpContext Context(string address)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        return http;
    }
}
