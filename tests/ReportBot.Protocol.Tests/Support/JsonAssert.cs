using System.Text.Json.Nodes;

namespace ReportBot.Protocol.Tests.Support;

/// <summary>Compares JSON by meaning (member order ignored, values exact).</summary>
internal static class JsonAssert
{
    public static void Equivalent(string expected, string actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual);
        if (!JsonNode.DeepEquals(expectedNode, actualNode))
        {
            Assert.Fail($"JSON differs.\nExpected: {expectedNode?.ToJsonString()}\nActual:   {actualNode?.ToJsonString()}");
        }
    }

    /// <summary>The names of all members of the object at <paramref name="json"/>'s root.</summary>
    public static string[] MemberNames(string json) =>
        JsonNode.Parse(json)!.AsObject().Select(p => p.Key).ToArray();
}
