using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Deelwijs.Data;

/// <summary>The stored codes of approval statuses and steps: lower case with hyphens, so the database reads plainly.</summary>
public static class ApprovalCodes
{
    public static string Code(this ApprovalStatus status) => status switch
    {
        ApprovalStatus.Open => "open",
        ApprovalStatus.Approved => "approved",
        ApprovalStatus.Declined => "declined",
        _ => "changes-requested",
    };

    public static string Code(this ApprovalStepKind kind) => kind switch
    {
        ApprovalStepKind.Asked => "asked",
        ApprovalStepKind.Approved => "approved",
        ApprovalStepKind.Declined => "declined",
        ApprovalStepKind.ChangesRequested => "changes-requested",
        ApprovalStepKind.Commented => "commented",
        _ => "deleted-by-retention",
    };

    public static ApprovalStatus ParseStatus(string code) => Parse(Enum.GetValues<ApprovalStatus>(), Code, code);

    public static ApprovalStepKind ParseStepKind(string code) => Parse(Enum.GetValues<ApprovalStepKind>(), Code, code);

    private static T Parse<T>(T[] values, Func<T, string> codeOf, string code)
        where T : struct, Enum
    {
        foreach (var value in values)
        {
            if (string.Equals(codeOf(value), code, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new InvalidOperationException($"Onbekende code '{code}' in de database.");
    }

    /// <summary>Stores an <see cref="ApprovalStatus"/> as its code.</summary>
    public sealed class StatusConverter() : ValueConverter<ApprovalStatus, string>(s => s.Code(), code => ParseStatus(code));

    /// <summary>Stores an <see cref="ApprovalStepKind"/> as its code.</summary>
    public sealed class StepKindConverter() : ValueConverter<ApprovalStepKind, string>(k => k.Code(), code => ParseStepKind(code));
}
