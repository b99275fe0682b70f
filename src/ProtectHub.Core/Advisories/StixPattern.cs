using System.Globalization;

namespace ProtectHub.Core.Advisories;

/// <summary>
/// Checks a STIX 2.1 pattern against the OASIS patterning grammar (STIXPattern.g4 of oasis-open/cti-stix2-json-schemas,
/// the specification's section 9): the whole language, not only the "[type:value = '...']" ProtectHub writes, so that an imported
/// indicator is refused with a reason when its pattern is malformed and kept aside when it is merely more than an
/// advisory can carry. A hand-written lexer and recursive-descent parser: the grammar's left-recursive rules become
/// loops, its lexer's longest-match rule is kept (so <c>t'...'</c> is a timestamp, not the identifier <c>t</c>).
/// </summary>
public static class StixPattern
{
    /// <summary>Null when the pattern is valid, else where and why it is not.</summary>
    public static string? Error(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            var parser = new Parser(Lexer.Tokens(pattern));
            parser.Pattern();
            return null;
        }
        catch (FormatException ex)
        {
            return ex.Message;
        }
    }

    public static bool IsValid(string pattern) => Error(pattern) is null;

    private enum Kind
    {
        IntPos, IntNeg, FloatPos, FloatNeg, Hex, Binary, String, Bool, Timestamp,
        And, Or, Not, FollowedBy, Like, Matches, IsSuperset, IsSubset, Exists, Last, In, Start, Stop, Seconds, Within, Repeats, Times,
        Identifier, IdentifierWithHyphen,
        Eq, Neq, Lt, Le, Gt, Ge, Colon, Dot, Comma, LParen, RParen, LBrack, RBrack, Asterisk, Other, End,
    }

    private readonly record struct Token(Kind Kind, string Text, int At);

    private static class Lexer
    {
        private static readonly Dictionary<string, Kind> Keywords = new(StringComparer.Ordinal)
        {
            ["AND"] = Kind.And,
            ["OR"] = Kind.Or,
            ["NOT"] = Kind.Not,
            ["FOLLOWEDBY"] = Kind.FollowedBy,
            ["LIKE"] = Kind.Like,
            ["MATCHES"] = Kind.Matches,
            ["ISSUPERSET"] = Kind.IsSuperset,
            ["ISSUBSET"] = Kind.IsSubset,
            ["EXISTS"] = Kind.Exists,
            ["LAST"] = Kind.Last,
            ["IN"] = Kind.In,
            ["START"] = Kind.Start,
            ["STOP"] = Kind.Stop,
            ["SECONDS"] = Kind.Seconds,
            ["true"] = Kind.Bool,
            ["false"] = Kind.Bool,
            ["WITHIN"] = Kind.Within,
            ["REPEATS"] = Kind.Repeats,
            ["TIMES"] = Kind.Times,
        };

        public static List<Token> Tokens(string s)
        {
            var tokens = new List<Token>();
            var i = 0;
            while (i < s.Length)
            {
                var c = s[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
                {
                    var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = end < 0 ? throw Fail(i, "a comment that is never closed") : end + 2;
                    continue;
                }

                if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
                {
                    while (i < s.Length && s[i] is not ('\r' or '\n'))
                    {
                        i++;
                    }

                    continue;
                }

                var start = i;
                var (kind, length) = Next(s, i);
                tokens.Add(new Token(kind, s.Substring(start, length), start));
                i += length;
            }

            tokens.Add(new Token(Kind.End, "", s.Length));
            return tokens;
        }

        /// <summary>The longest token at i, as ANTLR's lexer would choose it.</summary>
        private static (Kind, int) Next(string s, int i)
        {
            var c = s[i];
            if (i + 1 < s.Length && s[i + 1] == '\'' && c is 't' or 'h' or 'b')
            {
                var close = QuotedEnd(s, i + 1);
                var body = s[(i + 2)..close];
                var valid = c switch
                {
                    't' => IsTimestamp(body),
                    'h' => body.Length % 2 == 0 && body.All(char.IsAsciiHexDigit),
                    _ => IsBase64(body),
                };
                return valid ? (c switch { 't' => Kind.Timestamp, 'h' => Kind.Hex, _ => Kind.Binary }, close + 1 - i)
                    : throw Fail(i, c switch { 't' => "a timestamp that is not yyyy-mm-ddThh:mm:ss[.s]Z", 'h' => "a hex literal with an odd number of digits or a non-hex digit", _ => "a binary literal that is not base64" });
            }

            if (c == '\'')
            {
                return (Kind.String, QuotedEnd(s, i) + 1 - i);
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                var j = i + 1;
                var hyphen = false;
                while (j < s.Length && (char.IsAsciiLetterOrDigit(s[j]) || s[j] is '_' or '-'))
                {
                    hyphen |= s[j] == '-';
                    j++;
                }

                var word = s[i..j];
                return (hyphen ? Kind.IdentifierWithHyphen : Keywords.GetValueOrDefault(word, Kind.Identifier), j - i);
            }

            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (char.IsAsciiDigit(c) || (c is '+' or '-' && (char.IsAsciiDigit(next) || next == '.')) || (c == '.' && char.IsAsciiDigit(next)))
            {
                return Number(s, i);
            }

            string two = i + 1 < s.Length ? s.Substring(i, 2) : "";
            return two switch
            {
                "==" => (Kind.Eq, 2),
                "!=" or "<>" => (Kind.Neq, 2),
                "<=" => (Kind.Le, 2),
                ">=" => (Kind.Ge, 2),
                _ => c switch
                {
                    '=' => (Kind.Eq, 1),
                    '<' => (Kind.Lt, 1),
                    '>' => (Kind.Gt, 1),
                    ':' => (Kind.Colon, 1),
                    '.' => (Kind.Dot, 1),
                    ',' => (Kind.Comma, 1),
                    '(' => (Kind.LParen, 1),
                    ')' => (Kind.RParen, 1),
                    '[' => (Kind.LBrack, 1),
                    ']' => (Kind.RBrack, 1),
                    '*' => (Kind.Asterisk, 1),
                    _ => (Kind.Other, 1),
                },
            };
        }

        private static (Kind, int) Number(string s, int i)
        {
            var j = i;
            var negative = s[j] == '-';
            if (s[j] is '+' or '-')
            {
                j++;
            }

            var digitsFrom = j;
            while (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                j++;
            }

            if (j + 1 < s.Length && s[j] == '.' && char.IsAsciiDigit(s[j + 1]))
            {
                j++;
                while (j < s.Length && char.IsAsciiDigit(s[j]))
                {
                    j++;
                }

                return (negative ? Kind.FloatNeg : Kind.FloatPos, j - i);
            }

            if (j == digitsFrom)
            {
                return (Kind.Other, 1);
            }

            // An integer has no leading zero: "0" alone, as the grammar says (what follows is another token).
            if (s[digitsFrom] == '0')
            {
                j = digitsFrom + 1;
            }

            return (negative ? Kind.IntNeg : Kind.IntPos, j - i);
        }

        /// <summary>The index of the quote closing the literal whose opening quote is at i (\' and \\ are its only escapes).</summary>
        private static int QuotedEnd(string s, int i)
        {
            for (var j = i + 1; j < s.Length; j++)
            {
                if (s[j] == '\\')
                {
                    if (j + 1 < s.Length && s[j + 1] is '\'' or '\\')
                    {
                        j++;
                        continue;
                    }

                    throw Fail(j, "a backslash in a string that escapes neither a quote nor a backslash");
                }

                if (s[j] == '\'')
                {
                    return j;
                }
            }

            throw Fail(i, "a string that is never closed");
        }

        private static bool IsTimestamp(string t) =>
            DateTime.TryParseExact(t, ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out _)
            || (t.Length >= 20 && t[17..19] == "60" && IsTimestamp(t[..17] + "59" + t[19..])); // A leap second.

        private static bool IsBase64(string b) => b.Length % 4 == 0
            && b.TrimEnd('=').All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '+' or '/') && b.Length - b.TrimEnd('=').Length <= 2;
    }

    private static FormatException Fail(int at, string what) => new($"at character {at + 1}: {what}");

    private sealed class Parser(List<Token> tokens)
    {
        private int _i;

        private Token Peek => tokens[_i];

        private Token Take() => tokens[_i++];

        private bool Accept(Kind kind)
        {
            if (Peek.Kind != kind)
            {
                return false;
            }

            _i++;
            return true;
        }

        private Token Expect(Kind kind, string what) => Peek.Kind == kind ? Take() : throw Unexpected(what);

        private FormatException Unexpected(string what) =>
            Fail(Peek.At, Peek.Kind == Kind.End ? $"the pattern ends where {what} was expected" : $"'{Peek.Text}' where {what} was expected");

        public void Pattern()
        {
            ObservationExpressions();
            Expect(Kind.End, "the end of the pattern");
        }

        private void ObservationExpressions()
        {
            do
            {
                ObservationOr();
            }
            while (Accept(Kind.FollowedBy));
        }

        private void ObservationOr()
        {
            do
            {
                ObservationAnd();
            }
            while (Accept(Kind.Or));
        }

        private void ObservationAnd()
        {
            do
            {
                ObservationExpression();
            }
            while (Accept(Kind.And));
        }

        private void ObservationExpression()
        {
            if (Accept(Kind.LBrack))
            {
                ComparisonExpression();
                Expect(Kind.RBrack, "']' closing the observation");
            }
            else if (Accept(Kind.LParen))
            {
                ObservationExpressions();
                Expect(Kind.RParen, "')'");
            }
            else
            {
                throw Unexpected("an observation ('[' or '(')");
            }

            while (true)
            {
                if (Accept(Kind.Start))
                {
                    Expect(Kind.Timestamp, "a timestamp t'...' after START");
                    Expect(Kind.Stop, "STOP");
                    Expect(Kind.Timestamp, "a timestamp t'...' after STOP");
                }
                else if (Accept(Kind.Within))
                {
                    if (!Accept(Kind.IntPos) && !Accept(Kind.FloatPos))
                    {
                        throw Unexpected("a positive number of seconds after WITHIN");
                    }

                    Expect(Kind.Seconds, "SECONDS");
                }
                else if (Accept(Kind.Repeats))
                {
                    Expect(Kind.IntPos, "a positive whole number after REPEATS");
                    Expect(Kind.Times, "TIMES");
                }
                else
                {
                    return;
                }
            }
        }

        private void ComparisonExpression()
        {
            do
            {
                ComparisonAnd();
            }
            while (Accept(Kind.Or));
        }

        private void ComparisonAnd()
        {
            do
            {
                PropertyTest();
            }
            while (Accept(Kind.And));
        }

        private void PropertyTest()
        {
            if (Accept(Kind.LParen))
            {
                ComparisonExpression();
                Expect(Kind.RParen, "')'");
                return;
            }

            if (Peek.Kind == Kind.Exists || (Peek.Kind == Kind.Not && tokens[_i + 1].Kind == Kind.Exists))
            {
                Accept(Kind.Not);
                Take();
                ObjectPath();
                return;
            }

            ObjectPath();
            Accept(Kind.Not);
            var op = Take();
            switch (op.Kind)
            {
                case Kind.Eq or Kind.Neq:
                    Literal(orderable: false);
                    break;
                case Kind.Gt or Kind.Lt or Kind.Ge or Kind.Le:
                    Literal(orderable: true);
                    break;
                case Kind.In:
                    Expect(Kind.LParen, "'(' opening the set after IN");
                    if (!Accept(Kind.RParen))
                    {
                        do
                        {
                            Literal(orderable: false);
                        }
                        while (Accept(Kind.Comma));

                        Expect(Kind.RParen, "')' closing the set");
                    }

                    break;
                case Kind.Like or Kind.Matches or Kind.IsSubset or Kind.IsSuperset:
                    Expect(Kind.String, $"a quoted string after {op.Text}");
                    break;
                default:
                    _i--;
                    throw Unexpected("a comparison (=, !=, <, >, <=, >=, IN, LIKE, MATCHES, ISSUBSET or ISSUPERSET)");
            }
        }

        private void Literal(bool orderable)
        {
            var kind = Peek.Kind;
            if (kind is Kind.IntPos or Kind.IntNeg or Kind.FloatPos or Kind.FloatNeg or Kind.String or Kind.Binary or Kind.Hex or Kind.Timestamp
                || (!orderable && kind == Kind.Bool))
            {
                Take();
                return;
            }

            throw Unexpected(orderable ? "a number, string, timestamp, hex or binary value" : "a value");
        }

        private void ObjectPath()
        {
            if (Peek.Kind is not (Kind.Identifier or Kind.IdentifierWithHyphen))
            {
                throw Unexpected("an object type such as domain-name");
            }

            Take();
            Expect(Kind.Colon, "':' after the object type");
            if (!Accept(Kind.Identifier) && !Accept(Kind.String))
            {
                throw Unexpected("a property name (letters, digits and _; quote any other)");
            }

            while (true)
            {
                if (Accept(Kind.Dot))
                {
                    if (!Accept(Kind.Identifier) && !Accept(Kind.String))
                    {
                        throw Unexpected("a property name after '.'");
                    }
                }
                else if (Peek.Kind == Kind.LBrack && tokens[_i + 1].Kind is Kind.IntPos or Kind.IntNeg or Kind.Asterisk)
                {
                    Take();
                    Take();
                    Expect(Kind.RBrack, "']' closing the list index");
                }
                else
                {
                    return;
                }
            }
        }
    }
}
