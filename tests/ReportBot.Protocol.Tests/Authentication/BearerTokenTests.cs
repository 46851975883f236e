using ReportBot.Protocol.Authentication;
using ReportBot.Protocol.Tests.Authentication.Support;

namespace ReportBot.Protocol.Tests.Authentication;

[Collection(AuthenticationCollection.Name)]
public sealed class BearerTokenTests
{
    [Theory]
    [InlineData("Bearer abc.def.ghi", true, "abc.def.ghi", false)]
    [InlineData("bearer   abc.def.ghi  ", true, "abc.def.ghi", false)]
    [InlineData(null, false, "", false)]
    [InlineData("", false, "", false)]
    [InlineData("Bearer", false, "", false)]
    [InlineData("Bearer    ", false, "", false)]
    [InlineData("Bearerabc.def.ghi", false, "", true)]
    [InlineData("Basic dXNlcjpwYXNz", false, "", true)]
    public void The_token_is_what_follows_the_bearer_scheme(string? header, bool found, string token, bool otherScheme)
    {
        Assert.Equal(found, BearerToken.TryRead(header, out var read, out var other));
        Assert.Equal((token, otherScheme), (read, other));
    }
}
