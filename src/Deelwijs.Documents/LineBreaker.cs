using System.Text;

namespace Deelwijs.Documents;

/// <summary>Breaks runs of text into lines that fit a width, keeping the spaces inside the drawn text so readers can copy it.</summary>
internal static class LineBreaker
{
    /// <summary>A piece of one line in one weight, placed at <paramref name="X"/> from the line's start.</summary>
    public sealed record Piece(string Text, bool Bold, double X);

    public static IReadOnlyList<IReadOnlyList<Piece>> Break(IReadOnlyList<TextRun> runs, double width, Func<string, bool, double> measure)
    {
        var lines = new List<IReadOnlyList<Piece>>();
        var line = new LineBuilder(measure);
        foreach (var (token, bold) in Tokens(runs))
        {
            if (token == "\n")
            {
                lines.Add(line.Finish());
                continue;
            }

            if (token == " ")
            {
                line.Space(bold);
                continue;
            }

            var word = token;
            while (!line.TryAdd(word, bold, width))
            {
                if (!line.IsEmpty)
                {
                    lines.Add(line.Finish());
                    continue;
                }

                // A word wider than the whole line (a long link): cut it where it stops fitting.
                var fit = Math.Max(1, FittingPrefix(word, bold, width, measure));
                line.TryAdd(word[..fit], bold, double.MaxValue);
                lines.Add(line.Finish());
                word = word[fit..];
            }
        }

        if (!line.IsEmpty || lines.Count == 0)
        {
            lines.Add(line.Finish());
        }

        return lines;
    }

    private static int FittingPrefix(string word, bool bold, double width, Func<string, bool, double> measure)
    {
        var length = 0;
        while (length < word.Length && measure(word[..(length + 1)], bold) <= width)
        {
            length++;
        }

        return length;
    }

    private static IEnumerable<(string Token, bool Bold)> Tokens(IReadOnlyList<TextRun> runs)
    {
        foreach (var run in runs)
        {
            var text = run.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var boundary = i == text.Length || text[i] == '\n' || char.IsWhiteSpace(text[i]);
                if (!boundary)
                {
                    continue;
                }

                if (i > start)
                {
                    yield return (text[start..i], run.Bold);
                }

                if (i < text.Length)
                {
                    yield return (text[i] == '\n' ? "\n" : " ", run.Bold);
                }

                start = i + 1;
            }
        }
    }

    private sealed class LineBuilder(Func<string, bool, double> measure)
    {
        private readonly List<Piece> pieces = [];
        private readonly StringBuilder current = new();
        private bool currentBold;
        private double currentX;
        private double x;
        private bool? pendingSpace;

        public bool IsEmpty => pieces.Count == 0 && current.Length == 0;

        public void Space(bool bold) => pendingSpace ??= bold;

        public bool TryAdd(string word, bool bold, double width)
        {
            var space = !IsEmpty && pendingSpace is { } spaceBold ? measure(" ", spaceBold) : 0;
            var wordWidth = measure(word, bold);
            if (!IsEmpty && x + space + wordWidth > width)
            {
                return false;
            }

            if (!IsEmpty && pendingSpace is { } b)
            {
                Append(" ", b, space);
            }

            if (IsEmpty && wordWidth > width)
            {
                return false;
            }

            Append(word, bold, wordWidth);
            pendingSpace = null;
            return true;
        }

        public IReadOnlyList<Piece> Finish()
        {
            Flush();
            var result = pieces.ToList();
            pieces.Clear();
            x = 0;
            pendingSpace = null;
            return result;
        }

        private void Append(string text, bool bold, double textWidth)
        {
            if (current.Length > 0 && bold != currentBold)
            {
                Flush();
            }

            if (current.Length == 0)
            {
                currentBold = bold;
                currentX = x;
            }

            current.Append(text);
            x += textWidth;
        }

        private void Flush()
        {
            if (current.Length > 0)
            {
                pieces.Add(new Piece(current.ToString(), currentBold, currentX));
                current.Clear();
            }
        }
    }
}
