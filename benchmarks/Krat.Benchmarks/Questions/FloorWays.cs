using Ardalis.Specification;
using Krat.Benchmarks.Data;
using Krat.Domain.Committees;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Microsoft.EntityFrameworkCore;

namespace Krat.Benchmarks.Questions;

/// <summary>
/// The floor of each way: the smallest question there is ("does this committee exist?", one primary-key lookup,
/// one row), so that what a way costs whatever the question — context, query cache, connection, command,
/// reader — is measured in the same run as the key questions. The gap between the EF Core ways and raw SQL here
/// is the fixed per-query cost that the key questions carry too.
/// </summary>
public static class FloorWays
{
    public static async Task<bool> Library(BenchFixture f)
    {
        await using var context = f.Context();
        var repository = new EfRepository<Committee>(context, SpecificationEvaluator.Default);
        return await repository.AnyAsync(new CommitteeExistsSpec(f.Committee));
    }

    public static async Task<bool> Linq(BenchFixture f)
    {
        await using var context = f.Context();
        var committee = f.Committee;
        return await context.Set<Committee>().AnyAsync(c => c.Id == committee);
    }

    public const string Sql = "SELECT EXISTS (SELECT 1 FROM Committees WHERE Id = $committee)";

    public static async Task<bool> Raw(BenchFixture f)
    {
        await using var connection = f.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$committee", Ways.Id(f.Committee.Value));
        return (long)(await command.ExecuteScalarAsync())! == 1;
    }

    /// <summary>The committee with an id (the floor's specification).</summary>
    private sealed class CommitteeExistsSpec : Specification<Committee>
    {
        public CommitteeExistsSpec(CommitteeId id) => Query.Where(c => c.Id == id);
    }
}
