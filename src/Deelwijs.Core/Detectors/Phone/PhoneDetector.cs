using System.Text.RegularExpressions;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;

namespace Deelwijs.Core.Detectors.Phone;

/// <summary>
/// Finds Dutch phone numbers in every common notation (06-12345678, 020 123 4567, (010) 123 45 67,
/// +31 (0)6 1234 5678, 0031 6 ...) and international ones (+32 470 12 34 56). Public service numbers
/// (0800, 0900, 0906, 0909), 112 and 14 0xx are not personal data and are left alone.
/// </summary>
internal sealed partial class PhoneDetector : IDetector
{
    private const string Message = "Dit is een telefoonnummer. Een telefoonnummer is een persoonsgegeven: iedereen die het bericht ziet, kan deze persoon bellen of appen.";
    private const string Suggestion = "Haal het nummer weg of verwijs naar het algemene nummer of de administratie van de school.";

    public IReadOnlyList<string> Kinds { get; } = [FindingKinds.Phone];

    public void Detect(DetectionContext context)
    {
        var text = context.Text.AsSpan();

        // Every phone number has at least eight digits (a short international number); most posts have none.
        if (context.Digits < 8)
        {
            return;
        }

        foreach (var match in Candidates().EnumerateMatches(text))
        {
            var number = text.Slice(match.Index, match.Length);
            if (IsPhoneNumber(number))
            {
                context.Report(FindingKinds.Phone, match.Index, match.Length, Message, Suggestion);
            }
        }
    }

    internal static bool IsPhoneNumber(ReadOnlySpan<char> number)
    {
        Span<char> digits = stackalloc char[24];
        var count = 0;
        var international = number[0] == '+' || (number.Length > 1 && number[0] == '0' && number[1] == '0');
        for (var i = 0; i < number.Length && count < digits.Length; i++)
        {
            // "(0)" in "+31 (0)6 ..." is the trunk prefix that is not dialled from abroad.
            if (international && number[i] == '(' && i + 2 < number.Length && number[i + 1] == '0' && number[i + 2] == ')')
            {
                i += 2;
            }
            else if (char.IsAsciiDigit(number[i]))
            {
                digits[count++] = number[i];
            }
        }

        var all = digits[..count];
        if (!international)
        {
            return count == 10 && !IsServiceNumber(all[1..]) && !LooksLikeDate(number);
        }

        var afterPrefix = number[0] == '+' ? all : all[2..];
        if (afterPrefix.StartsWith("31"))
        {
            return afterPrefix.Length == 11 && !IsServiceNumber(afterPrefix[2..]);
        }

        return afterPrefix.Length is >= 8 and <= 15;
    }

    // 0800 (free) and 0900/0906/0909 (paid) reach organisations, not people.
    private static bool IsServiceNumber(ReadOnlySpan<char> national) =>
        national.StartsWith("800") || national.StartsWith("900") || national.StartsWith("906") || national.StartsWith("909");

    private static bool LooksLikeDate(ReadOnlySpan<char> number) => DateAtStart().IsMatch(number);

    [GeneratedRegex("""
        (?<![\w+@/]|\d[ .,/-])
        (?:
            (?:\+|00)31[ .-]?(?:\(0\)[ .-]?)?[1-9](?:[ .-]?\d){8}
          | (?:\+|00)[1-9]\d{0,2}[ .-]?(?:\(0\)[ .-]?)?\d(?:[ .-]?\d){5,12}
          | \(0[1-9]\d{0,2}\)[ ]?\d(?:[ .-]?\d){4,7}
          | 0[1-9](?:[ ./-]?\d){8}
        )
        (?![ ./-]?\d|\w)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Candidates();

    [GeneratedRegex(@"^\d{2}([-./])\d{2}\1(?:19|20)\d\d", RegexOptions.CultureInvariant)]
    private static partial Regex DateAtStart();
}
