namespace ReportBot.Protocol.Tests.Authentication.Support;

/// <summary>
/// The authentication tests run as one collection, alone, after the parallel ones: the managed identity test sets
/// process environment variables that MSAL reads, and RSA key generation, TLS and MSAL start-up are CPU-heavy on a
/// two-core machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AuthenticationCollection
{
    public const string Name = "Authentication";
}
