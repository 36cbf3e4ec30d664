using System.Globalization;
using Google.OrTools.Sat;
using Krat.Domain.Statistics.Disclosure;

namespace Krat.Disclosure.Auditing;

/// <summary>
/// The attacker of the tests: takes everything published about a set of victim statistics records (figures as
/// printed: a number, the hidden symbol "x", or empty for a view that is not broken down), makes one integer
/// variable per finest cell of every record (0 to 100 000) and one constraint per published figure (a number: the
/// cells it adds up equal it; "x": they add up to at least 1), then with CP-SAT (one worker) finds how far each
/// hidden or withheld figure can move. Records are solved apart unless a published sum ties them together in a way
/// their own figures do not already imply.
/// <para>
/// The guarantee checked: a hidden figure whose true value is small (1 to threshold − 1) can still be 1 and can
/// still be threshold − 1; any other hidden figure (a hidden sum over several records included), and every small
/// cell of a withheld view, is not determined exactly. A bound is looked for with CP-SAT's minimisation or maximisation, unless a table already found
/// (the truth first) witnesses it.
/// </para>
/// </summary>
public sealed class DisclosureAuditor(int threshold, bool legacySymbols = false)
{
    // legacySymbols: read the symbols as Krat published them before the one decision: "<t" a small count (1 to t − 1),
    // "x" a secondary suppression (therefore 0 or at least t). Kept to show what the old output gave away.
    private const int MaxCell = 100_000;

    private readonly Dictionary<string, int[]> _truth = [];
    private readonly List<Fact> _facts = [];

    public int Threshold { get; } = threshold;

    public int Solves { get; private set; }

    public TimeSpan SolveTime { get; private set; }

    public int Records => _truth.Count;

    public int Figures => _facts.Count;

    /// <summary>Adds a record the attacker knows exists, with its true finest counts (for the checks only).</summary>
    public void AddRecord(string key, IReadOnlyList<int> finest)
    {
        if (finest.Count != FinestCell.Count)
        {
            throw new ArgumentException("40 cells expected", nameof(finest));
        }

        _truth[key] = [.. finest];
    }

    /// <summary>A figure published about one record.</summary>
    public void Publish(string record, Slice slice, string text) => PublishSum([(record, slice)], text);

    /// <summary>A figure published as the sum of figures of several records (a roll-up).</summary>
    public void PublishSum(IReadOnlyList<(string Record, Slice Slice)> parts, string text)
    {
        if (parts.Any(p => !_truth.ContainsKey(p.Record)))
        {
            throw new ArgumentException($"unknown record in {string.Join(";", parts.Select(p => p.Record))}", nameof(parts));
        }

        var trimmed = text.Trim();
        var kind = trimmed.Length == 0 ? Kind.Withheld
            : trimmed == "x" ? (legacySymbols ? Kind.LegacySecondary : Kind.Hidden)
            : trimmed.StartsWith('<') ? Kind.Hidden
            : Kind.Shown;
        var value = kind == Kind.Shown ? int.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        var terms = parts.Select(p => new Term(p.Record, p.Slice.Mask)).Where(t => t.Mask != 0).Distinct().OrderBy(t => t.Record, StringComparer.Ordinal).ThenBy(t => t.Mask).ToList();
        _facts.Add(new Fact([.. terms], kind, value, string.Join(" + ", parts.Select(p => $"{p.Record}[{p.Slice}]"))) { Small = trimmed.StartsWith('<') });
    }

    /// <summary>Runs the attack and returns every breach of the guarantee (empty when safe).</summary>
    public IReadOnlyList<string> Audit()
    {
        var findings = new List<string>();
        var facts = _facts.GroupBy(f => (f.Key, f.Kind, f.Value)).Select(g => g.First()).ToList();

        // The published figures must be true: a wrong number or a hidden zero is a finding of its own.
        foreach (var fact in facts)
        {
            var truth = TrueValue(fact.Terms);
            if ((fact.Kind == Kind.Shown && truth != fact.Value) || (fact.Kind == Kind.Hidden && truth < 1) || (fact.Small && truth >= Threshold))
            {
                findings.Add($"published {fact.Description} = {fact.Kind} {fact.Value} but it is {truth}");
            }
        }

        if (findings.Count > 0)
        {
            return findings;
        }

        // Which records must be solved together: a cross-record constraint that their own figures do not imply.
        var component = _truth.Keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
        string Find(string k) => component[k] == k ? k : component[k] = Find(component[k]);
        var shownOwn = facts.Where(f => f.Kind == Kind.Shown && f.Terms.Length == 1).Select(f => f.Terms[0]).ToHashSet();
        var positiveOwn = facts.Where(f => f.Terms.Length == 1 && (f.Kind == Kind.Hidden || (f.Kind == Kind.Shown && f.Value > 0))).Select(f => f.Terms[0]).ToHashSet();
        // (a legacy secondary constrains too much to be implied by anything but the same figure)
        foreach (var fact in facts.Where(f => f.Terms.Select(t => t.Record).Distinct().Count() > 1))
        {
            var implied = fact.Kind switch
            {
                Kind.Shown => fact.Terms.All(shownOwn.Contains),
                Kind.Hidden => !fact.Small && fact.Terms.Any(positiveOwn.Contains),
                Kind.Withheld => true,
                _ => false,
            };
            if (!implied)
            {
                var records = fact.Terms.Select(t => Find(t.Record)).Distinct().ToList();
                foreach (var r in records.Skip(1))
                {
                    component[r] = records[0];
                }
            }
        }

        var groups = _truth.Keys.GroupBy(Find, StringComparer.Ordinal).ToList();
        var bySolver = new Dictionary<string, Solver>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.OrderBy(k => k, StringComparer.Ordinal).ToList();
            var own = facts.Where(f => f.Kind != Kind.Withheld && f.Terms.All(t => Find(t.Record) == group.Key)).ToList();
            var solver = new Solver(this, members, own);
            foreach (var member in members)
            {
                bySolver[member] = solver;
            }
        }

        foreach (var fact in facts.Where(f => f.Kind != Kind.Shown))
        {
            var truth = TrueValue(fact.Terms);
            // A cell of a withheld view must not be pinned when it is small; a zero or a large one may follow from
            // the published margins (one sex only: the form × sex cells are the form's totals).
            if (fact.Kind == Kind.Withheld && (truth == 0 || truth >= Threshold))
            {
                continue;
            }

            // The full range is owed to the figures a record's decision hides. A hidden sum over several records
            // (a roll-up) is at least the number of hidden figures it adds: it must only never be pinned.
            var single = fact.Terms.Select(t => t.Record).Distinct().Count() == 1;
            var needs = single && fact.Kind != Kind.Withheld && truth is > 0 && truth < Threshold ? new[] { 1, Threshold - 1 } : [];
            foreach (var need in needs)
            {
                if (!Reaches(bySolver, fact.Terms, need))
                {
                    var (min, max) = Bounds(bySolver, fact.Terms);
                    findings.Add($"{fact.Kind} {fact.Description} (true {truth}) narrowed to {min}..{max}: cannot be {need}");
                }
            }

            if (needs.Length == 0 && !Moves(bySolver, fact.Terms, truth))
            {
                findings.Add($"{fact.Kind} {fact.Description} determined exactly: {truth}");
            }
        }

        return findings;
    }

    private int TrueValue(Term[] terms) => terms.Sum(t => FinestCell.All.Where(c => (t.Mask & (1L << c.Index)) != 0).Sum(c => _truth[t.Record][c.Index]));

    // Can the sum reach this value? Parts in different components are independent: their bounds add up.
    private static bool Reaches(Dictionary<string, Solver> solvers, Term[] terms, int value)
    {
        var groups = terms.GroupBy(t => solvers[t.Record]).ToList();
        int? goal = groups.Count == 1 ? value : null;
        return groups.Sum(g => g.Key.Bound([.. g], maximise: false, goal)) <= value
            && groups.Sum(g => g.Key.Bound([.. g], maximise: true, goal)) >= value;
    }

    private static bool Moves(Dictionary<string, Solver> solvers, Term[] terms, int truth)
    {
        var groups = terms.GroupBy(t => solvers[t.Record]).ToList();
        var single = groups.Count == 1;
        return groups.Sum(g => g.Key.Bound([.. g], maximise: false, single ? truth - 1 : null)) < truth
            || groups.Sum(g => g.Key.Bound([.. g], maximise: true, single ? truth + 1 : null)) > truth;
    }

    private static (long Min, long Max) Bounds(Dictionary<string, Solver> solvers, Term[] terms)
    {
        var groups = terms.GroupBy(t => solvers[t.Record]).ToList();
        return (groups.Sum(g => g.Key.Bound([.. g], false, null)), groups.Sum(g => g.Key.Bound([.. g], true, null)));
    }

    private enum Kind
    {
        Shown,
        Hidden,
        Withheld,
        LegacySecondary,
    }

    private sealed record Term(string Record, long Mask);

    private sealed record Fact(Term[] Terms, Kind Kind, int Value, string Description)
    {
        public bool Small { get; init; }

        public string Key { get; } = string.Join("|", Terms.Select(t => t.Record + ":" + t.Mask.ToString(CultureInfo.InvariantCulture)));
    }

    // One component: a CP-SAT model of its records' cells under their published figures, and the tables found so far.
    private sealed class Solver
    {
        private readonly DisclosureAuditor _auditor;
        private readonly Dictionary<string, int> _offset = new(StringComparer.Ordinal);
        private readonly List<Fact> _facts;
        private readonly List<long[]> _found = [];

        public Solver(DisclosureAuditor auditor, List<string> records, List<Fact> facts)
        {
            _auditor = auditor;
            _facts = facts;
            var truth = new long[records.Count * FinestCell.Count];
            for (var r = 0; r < records.Count; r++)
            {
                _offset[records[r]] = r * FinestCell.Count;
                for (var c = 0; c < FinestCell.Count; c++)
                {
                    truth[(r * FinestCell.Count) + c] = auditor._truth[records[r]][c];
                }
            }

            _found.Add(truth);
        }

        private long Value(long[] table, Term[] terms) =>
            terms.Sum(t => Enumerable.Range(0, FinestCell.Count).Where(c => (t.Mask & (1L << c)) != 0).Sum(c => table[_offset[t.Record] + c]));

        // The minimum (or maximum) of a sum of this component's cells; with a goal, any table found that reaches it will do.
        public long Bound(Term[] terms, bool maximise, int? goal)
        {
            var known = maximise ? _found.Max(t => Value(t, terms)) : _found.Min(t => Value(t, terms));
            if (goal is { } g && (maximise ? known >= g : known <= g))
            {
                return known;
            }

            var (model, cells) = Model();
            var objective = LinearExpr.Sum(terms.SelectMany(t => Enumerable.Range(0, FinestCell.Count).Where(c => (t.Mask & (1L << c)) != 0).Select(c => cells[_offset[t.Record] + c])));
            if (maximise)
            {
                model.Maximize(objective);
            }
            else
            {
                model.Minimize(objective);
            }

            var solver = new CpSolver { StringParameters = Environment.GetEnvironmentVariable("AUDITOR_PARAMS") ?? "num_workers:1,max_time_in_seconds:30,cp_model_presolve:false,linearization_level:2" };
            _auditor.Solves++;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var status = solver.Solve(model);
            _auditor.SolveTime += clock.Elapsed;
            if (status != CpSolverStatus.Optimal)
            {
                throw new InvalidOperationException($"CP-SAT ended {status}: the published figures have no solution or the model is too hard");
            }

            _found.Add([.. cells.Select(solver.Value)]);
            return (long)solver.ObjectiveValue;
        }

        private (CpModel Model, IntVar[] Cells) Model()
        {
            var model = new CpModel();
            var cells = Enumerable.Range(0, _found[0].Length).Select(i => model.NewIntVar(0, MaxCell, "c" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
            foreach (var fact in _facts)
            {
                var sum = LinearExpr.Sum(fact.Terms.SelectMany(t => Enumerable.Range(0, FinestCell.Count).Where(c => (t.Mask & (1L << c)) != 0).Select(c => cells[_offset[t.Record] + c])));
                if (fact.Kind == Kind.Shown)
                {
                    model.Add(sum == fact.Value);
                }
                else if (fact.Kind == Kind.LegacySecondary)
                {
                    // 0 or at least the threshold.
                    var large = model.NewBoolVar("large");
                    model.Add(sum >= _auditor.Threshold).OnlyEnforceIf(large);
                    model.Add(sum == 0).OnlyEnforceIf(large.Not());
                }
                else
                {
                    model.Add(sum >= 1);
                    if (fact.Small)
                    {
                        model.Add(sum <= _auditor.Threshold - 1);
                    }
                }
            }

            for (var i = 0; i < cells.Length; i++)
            {
                model.AddHint(cells[i], _found[0][i]);
            }

            return (model, cells);
        }
    }
}
