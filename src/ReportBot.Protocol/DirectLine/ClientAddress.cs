using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace ReportBot.Protocol.DirectLine;

/// <summary>Who is calling, as far as rate limits and the loopback rule are concerned.</summary>
internal static class ClientAddress
{
    /// <summary>
    /// True when the client is on this machine and no proxy forwarded the request: a reverse proxy on the same host
    /// makes every visitor look like loopback, so a forwarding header disqualifies the request.
    /// </summary>
    public static bool IsLocal(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } address
        && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)
        && !http.Request.Headers.ContainsKey("X-Forwarded-For")
        && !http.Request.Headers.ContainsKey("Forwarded");

    /// <summary>
    /// The rate-limit key: the IPv4 address, or the /64 prefix of an IPv6 address (one host usually owns a whole
    /// /64, so counting single addresses would let it rotate past the limit).
    /// </summary>
    public static string Key(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        return Convert.ToHexString(bytes[..8]) + "::/64";
    }
}
