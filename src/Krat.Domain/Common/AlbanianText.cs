using System.Globalization;
using System.Text;

namespace Krat.Domain.Common;

/// <summary>
/// Folds Albanian text for search and sorting: lower case, diacritics removed (ë → e, ç → c), every run of
/// characters that is not a letter or digit turned into one space, trimmed. "Ndërgjegjësim" and
/// "ndergjegjesim" fold to the same key, so a search ignores diacritics. Folded keys contain only
/// <c>a–z</c>, digits and single spaces, so they sort the same in memory (any culture) and in SQLite.
/// </summary>
public static class AlbanianText
{
    /// <summary>Folds a text into its search key.</summary>
    /// <param name="text">Any text; <see langword="null"/> folds to an empty key.</param>
    /// <returns>The folded key, possibly empty.</returns>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(lower);
                pendingSpace = false;
            }
            else if (char.IsLetterOrDigit(lower))
            {
                // A letter outside a–z that has no decomposition (rare in Albanian data): kept out of the key.
                pendingSpace = true;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Folds several texts into one search key, separated by spaces, skipping empty ones.</summary>
    /// <param name="texts">The texts that a search should find the record by.</param>
    /// <returns>The combined folded key.</returns>
    public static string FoldAll(params ReadOnlySpan<string?> texts)
    {
        var parts = new List<string>(texts.Length);
        foreach (var text in texts)
        {
            var folded = Fold(text);
            if (folded.Length > 0)
            {
                parts.Add(folded);
            }
        }

        return string.Join(' ', parts);
    }
}
