using System.Reflection;
using System.Runtime.CompilerServices;
using Krat.Domain.Common;

namespace Krat.Domain.Tests.Conventions;

/// <summary>Rules that hold for every type of Krat.Domain, checked by reflection.</summary>
public sealed class DomainConventionTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>
    /// Names that would carry individual victim, perpetrator or case data (the privacy rule). A property or
    /// field whose name contains one of these, in any case, fails the build of the domain.
    /// </summary>
    public static readonly IReadOnlyList<string> ForbiddenNameParts =
    [
        "BirthDate", "DateOfBirth", "Birthday", "BirthPlace", "PlaceOfBirth", "Citizenship", "Nationality",
        "PersonalNumber", "PersonalId", "NationalId", "IdentityCard", "IdCardNumber", "Passport", "SocialSecurity",
        "HomeAddress", "ResidentialAddress", "PrivateAddress", "HomePhone", "PrivatePhone", "PrivateEmail",
        "CaseNote", "CaseNumber", "CaseFile", "CaseId", "VictimName", "VictimId", "PerpetratorName", "PerpetratorId",
        "Trafficker", "Ethnicity", "Religion", "MedicalRecord", "ReferralRecord",
    ];

    private static readonly Assembly Domain = typeof(AggregateRoot<>).Assembly;

    private static IEnumerable<Type> PublicTypes => Domain.GetExportedTypes();

    private static IEnumerable<Type> AllTypes => Domain.GetTypes().Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null);

    /// <summary>
    /// No property of a public type can be set from outside, not even through <c>init</c> (value objects use
    /// <c>private init</c>). The one exemption: the positional <c>Value</c> of a strongly typed identity
    /// (<see cref="IEntityId"/>), a readonly record struct whose public constructor takes any GUID, so
    /// <c>id with { Value = g }</c> is the same as <c>new XId(g)</c> and bypasses nothing. Query criteria that a
    /// specification takes (records named <c>…Filter</c> in a <c>Specifications</c> namespace, such as
    /// <c>ActivitiesFilter</c>) may use public <c>init</c>: they hold no domain state and guard no rule, and
    /// object-initialiser syntax is how a host fills them from a form. So may the input records of factories and
    /// verbs with many inputs (issue #17, such as <c>MeetingPlan</c>): sealed records taken as a parameter by a
    /// public member of the domain, which checks them; they too hold no domain state.
    /// </summary>
    [Fact]
    public void NoPublicType_HasAPublicSetterOrPublicInit()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(p => (Type: t, Property: p)))
            .Where(x => !(typeof(IEntityId).IsAssignableFrom(x.Type) && x.Type.IsValueType && x.Property.Name == nameof(IEntityId.Value)))
            .Where(x => !((IsQueryCriteria(x.Type) || IsInputRecord(x.Type)) && IsInitOnly(x.Property)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } || x.Property.SetMethod is { IsFamily: true } || x.Property.SetMethod is { IsFamilyOrAssembly: true })
            .Select(x => $"{x.Type.FullName}.{x.Property.Name}")
            .ToList();

        Assert.True(offenders.Count == 0, "Settable from outside: " + string.Join(", ", offenders));
    }

    private static bool IsQueryCriteria(Type type) =>
        type.Namespace!.EndsWith(".Specifications", StringComparison.Ordinal) && type.Name.EndsWith("Filter", StringComparison.Ordinal);

    private static bool IsInputRecord(Type type) =>
        type is { IsSealed: true, IsClass: true }
        && type.GetMethod("<Clone>$") is not null
        && PublicTypes.Where(t => t != type)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Any(m => m.GetParameters().Any(p => p.ParameterType == type));

    private static bool IsInitOnly(PropertyInfo property) =>
        property.SetMethod?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true;

    [Fact]
    public void NoPublicType_HasAPublicMutableField()
    {
        var offenders = PublicTypes
            .Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(f => (Type: t, Field: f)))
            .Where(x => !x.Field.IsLiteral && !x.Field.IsInitOnly)
            .Select(x => $"{x.Type.FullName}.{x.Field.Name}")
            .ToList();

        Assert.True(offenders.Count == 0, "Mutable public fields: " + string.Join(", ", offenders));
    }

    [Fact]
    public void NoType_HoldsVictimLevelPersonalData()
    {
        var members = AllTypes.SelectMany(t =>
            t.GetProperties(Everything).Select(p => (Type: t, Name: p.Name))
                .Concat(t.GetFields(Everything).Select(f => (Type: t, Name: f.Name))));
        var offenders = members
            .Where(m => ForbiddenNameParts.Any(part => m.Name.Contains(part, StringComparison.OrdinalIgnoreCase)))
            .Select(m => $"{m.Type.FullName}.{m.Name}")
            .Distinct()
            .ToList();

        Assert.True(offenders.Count == 0, "Names suggesting personal data of victims or cases: " + string.Join(", ", offenders));
    }

    [Fact]
    public void ForbiddenNames_WouldBeCaught()
    {
        // The check above must be able to fail: the names of a hypothetical record are caught.
        Assert.Contains(ForbiddenNameParts, part => "VictimDateOfBirth".Contains(part, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(ForbiddenNameParts, part => "homeAddressLine".Contains(part, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(ForbiddenNameParts, part => "PositionTitle".Contains(part, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void NoType_UsesDateTime()
    {
        var banned = new[] { typeof(DateTime), typeof(DateTime?), typeof(DateTimeOffset), typeof(DateTimeOffset?) };
        var offenders = AllTypes
            .SelectMany(t => t.GetProperties(Everything).Select(p => (Type: t, p.Name, p.PropertyType))
                .Concat(t.GetFields(Everything).Select(f => (Type: t, f.Name, PropertyType: f.FieldType))))
            .Where(m => banned.Contains(m.PropertyType))
            .Select(m => $"{m.Type.FullName}.{m.Name}")
            .ToList();

        Assert.True(offenders.Count == 0, "DateTime members: " + string.Join(", ", offenders));
    }

    [Fact]
    public void EveryAggregate_IsSealed_WithANonPublicParameterlessConstructorForPersistence()
    {
        var aggregates = PublicTypes.Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AggregateRoot<>)).ToList();

        Assert.NotEmpty(aggregates);
        Assert.All(aggregates, t =>
        {
            Assert.True(t.IsSealed, $"{t.Name} is not sealed");
            var constructor = t.GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes);
            Assert.True(constructor is { IsPrivate: true }, $"{t.Name} has no private parameterless constructor");
        });
    }

    [Fact]
    public void EveryAggregateWithACommittee_IsCommitteeScoped()
    {
        var offenders = PublicTypes
            .Where(t => typeof(IAggregateRoot).IsAssignableFrom(t) && !t.IsAbstract)
            .Where(t => t.GetProperty("CommitteeId") is not null && !typeof(ICommitteeScoped).IsAssignableFrom(t))
            .Select(t => t.Name)
            .ToList();

        Assert.True(offenders.Count == 0, "Not ICommitteeScoped: " + string.Join(", ", offenders));
        Assert.True(typeof(ICommitteeScoped).IsAssignableFrom(typeof(Krat.Domain.Committees.Committee)));
        Assert.True(typeof(ICommitteeScoped).IsAssignableFrom(typeof(Krat.Domain.Meetings.Meeting)));
    }
}
