using Microsoft.IdentityModel.Protocols;

namespace ReportBot.Protocol.Authentication;

/// <summary>
/// Fetches OpenID metadata and JWKS documents, applying <see cref="SecureUrl"/> to every address — the metadata
/// URL and the <c>jwks_uri</c> it names — and refusing bodies over 1 MB.
/// </summary>
internal sealed class SecureDocumentRetriever(IHttpClientFactory httpClients) : IDocumentRetriever
{
    private const int MaxDocumentBytes = 1024 * 1024;

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || !SecureUrl.IsAllowed(uri))
        {
            throw new InvalidOperationException($"Refusing to fetch '{address}': metadata must be https (plain http only on loopback).");
        }

        var http = httpClients.CreateClient(AuthenticationHttp.ClientName);
        using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {uri.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        if (response.Content.Headers.ContentLength > MaxDocumentBytes)
        {
            throw new InvalidOperationException($"GET {uri.GetLeftPart(UriPartial.Path)} returned more than {MaxDocumentBytes} bytes.");
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancel).ConfigureAwait(false);
        return bytes.Length > MaxDocumentBytes
            ? throw new InvalidOperationException($"GET {uri.GetLeftPart(UriPartial.Path)} returned more than {MaxDocumentBytes} bytes.")
            : System.Text.Encoding.UTF8.GetString(bytes);
    }
}
