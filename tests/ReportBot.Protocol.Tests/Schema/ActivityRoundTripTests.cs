using System.Text.Json;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Schema;

public sealed class ActivityRoundTripTests
{
    [Theory]
    [InlineData("emulator-message.json")]
    [InlineData("teams-channel-message.json")]
    [InlineData("reply-with-citations.json")]
    public void A_wire_activity_survives_deserialize_and_serialize_unchanged(string sample)
    {
        var json = Samples.Read(sample);

        var activity = ProtocolJson.DeserializeActivity(json)!;

        JsonAssert.Equivalent(json, ProtocolJson.Serialize(activity));
    }

    [Fact]
    public void An_emulator_message_reads_into_the_named_members()
    {
        var activity = ProtocolJson.DeserializeActivity(Samples.Read("emulator-message.json"))!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("2024年贸易总额是多少？", activity.Text);
        Assert.Equal("8a6e1f30-f9a1-11ef-9c4b-3b1d2f6a7e90|livechat", activity.Conversation!.Id);
        Assert.Equal(RoleTypes.User, activity.From!.Role);
        Assert.Equal("http://localhost:53135", activity.ServiceUrl);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 5, 6, 7, 456, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(8), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("ClientCapabilities", Assert.Single(activity.Entities!).Type);
        Assert.True(activity.Properties!.ContainsKey("rawTimestamp"));
        var channelData = Assert.IsType<JsonElement>(activity.ChannelData);
        Assert.Equal("17410647678910.8kq2m5x7w3", channelData.GetProperty("clientActivityID").GetString());
    }

    [Fact]
    public void A_teams_message_keeps_its_mention_client_info_and_channel_data()
    {
        var activity = ProtocolJson.DeserializeActivity(Samples.Read("teams-channel-message.json"))!;

        var mention = Assert.Single(activity.GetMentions());
        Assert.Equal("28:b7c1d2e3-f4a5-4b6c-8d7e-9f0a1b2c3d4e", mention.Mentioned!.Id);
        Assert.Equal("<at>报告问答</at>", mention.Text);
        var clientInfo = activity.Entities!.Single(e => e.Type == "clientInfo");
        Assert.Equal("Asia/Shanghai", clientInfo.Properties!["timezone"].GetString());
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.True(activity.Conversation.IsGroup);
        Assert.Equal("6f1d3c2a-9b8e-4d7f-a6c5-b4e3d2c1f0a9", activity.From!.AadObjectId);
        var tenant = ((JsonElement)activity.ChannelData!).GetProperty("tenant").GetProperty("id").GetString();
        Assert.Equal(activity.Conversation.TenantId, tenant);
        Assert.Equal("text/html", Assert.Single(activity.Attachments!).ContentType);
    }

    [Fact]
    public void Schema_org_entities_keep_their_at_members()
    {
        var activity = ProtocolJson.DeserializeActivity(Samples.Read("reply-with-citations.json"))!;

        var message = JsonDocument.Parse(ProtocolJson.Serialize(activity)).RootElement.GetProperty("entities")[0];
        Assert.Equal("https://schema.org/Message", message.GetProperty("type").GetString());
        Assert.Equal("Message", message.GetProperty("@type").GetString());
        Assert.Equal("https://schema.org", message.GetProperty("@context").GetString());
        Assert.Equal(string.Empty, message.GetProperty("@id").GetString());
        Assert.Equal("Claim", message.GetProperty("citation")[0].GetProperty("@type").GetString());
    }

    [Fact]
    public void Member_names_are_read_case_insensitively()
    {
        var activity = ProtocolJson.DeserializeActivity("""{"Type":"message","TEXT":"hi","Conversation":{"ID":"c1"},"serviceURL":"http://x/"}""")!;

        Assert.Equal("message", activity.Type);
        Assert.Equal("hi", activity.Text);
        Assert.Equal("c1", activity.Conversation!.Id);
        Assert.Equal("http://x/", activity.ServiceUrl);
    }

    [Fact]
    public void Timestamps_in_utc_are_written_with_z_and_others_with_their_offset()
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            Timestamp = new DateTimeOffset(2025, 3, 4, 5, 6, 7, 120, TimeSpan.Zero),
            LocalTimestamp = new DateTimeOffset(2025, 3, 4, 13, 6, 7, TimeSpan.FromHours(8)),
        };

        var json = JsonDocument.Parse(ProtocolJson.Serialize(activity)).RootElement;

        Assert.Equal("2025-03-04T05:06:07.12Z", json.GetProperty("timestamp").GetString());
        Assert.Equal("2025-03-04T13:06:07+08:00", json.GetProperty("localTimestamp").GetString());
    }

    [Fact]
    public void A_timestamp_that_is_not_a_date_is_a_json_error()
    {
        Assert.Throws<JsonException>(() => ProtocolJson.DeserializeActivity("""{"type":"message","timestamp":"yesterday"}"""));
    }
}
