using System.Text;
using System.Text.Json;
using Deelwijs.Core.Checks;

namespace Deelwijs.Web.Approvals;

/// <summary>A check result kept with an approval request, as the contract's JSON (<see cref="CheckResultJson"/>), and read back for display.</summary>
public static class StoredResult
{
    public static string ToJson(CheckResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            CheckResultJson.Write(writer, result);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static CheckResult FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var verdictCode = root.GetProperty("verdict").GetString();
        var verdict = Enum.GetValues<Verdict>().FirstOrDefault(v => string.Equals(v.Code(), verdictCode, StringComparison.Ordinal));
        var protocol = root.GetProperty("protocol");
        var findings = root.GetProperty("findings").EnumerateArray().Select(ReadFinding).ToList();
        var reminders = root.GetProperty("reminders").EnumerateArray()
            .Select(r => new Reminder(r.GetProperty("rule").GetString() ?? "", r.GetProperty("message").GetString() ?? ""))
            .ToList();
        return new CheckResult(verdict, protocol.GetProperty("id").GetString() ?? "", protocol.GetProperty("version").GetString() ?? "", findings, reminders);
    }

    private static Finding ReadFinding(JsonElement f)
    {
        var hasSpan = f.TryGetProperty("start", out var start);
        return new Finding(
            f.GetProperty("kind").GetString() ?? "",
            ContractCodes.TryParseAction(f.GetProperty("action").GetString(), out var action) ? action : FindingAction.Approval,
            [.. f.GetProperty("rules").EnumerateArray().Select(r => r.GetString() ?? "")],
            hasSpan ? start.GetInt32() : null,
            hasSpan ? f.GetProperty("length").GetInt32() : null,
            hasSpan ? f.GetProperty("excerpt").GetString() : null,
            f.GetProperty("message").GetString() ?? "",
            f.GetProperty("suggestion").GetString() ?? "");
    }
}
