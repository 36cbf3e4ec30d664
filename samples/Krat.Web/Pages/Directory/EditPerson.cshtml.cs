using System.ComponentModel.DataAnnotations;
using Krat.Domain.Common;
using Krat.Domain.People;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages.Directory;

/// <summary>
/// Changes how a person of the directory is described: honorific and position title in Albanian and, where one is
/// recorded, in English (<see cref="Person.Describe"/>). Secretary or administrator. Plain text only: markup, text
/// too long or bidirectional control characters are refused with a form error, and nothing is changed.
/// </summary>
[Authorize(Policy = KratPolicies.CanEditCommittee)]
public sealed class EditPersonModel(IRepository<Person> people, FormErrors errors) : PageModel
{
    /// <summary>The person being described.</summary>
    public Person Person { get; private set; } = null!;

    /// <summary>The form's values (shown again as posted when refused).</summary>
    public PositionInput Position { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await people.GetByIdAsync(new PersonId(id), cancellationToken) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        Position = new PositionInput
        {
            Honorific = person.Honorific,
            PositionTitle = person.PositionTitle,
            EnglishPositionTitle = person.EnglishPositionTitle,
            Version = person.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Position))] PositionInput input, CancellationToken cancellationToken)
    {
        if (await people.GetByIdAsync(new PersonId(id), cancellationToken) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        Position = input;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            person.Describe(input.Honorific, input.PositionTitle, input.EnglishPositionTitle);
            await people.UpdateAsync(person, input.Version, cancellationToken);
            await people.SaveChangesAsync(cancellationToken);
        }
        catch (DomainArgumentException exception) when (errors.TryShow(ModelState, exception, FieldOf(exception.ParamName)))
        {
            return Page();
        }
        catch (Exception exception) when (errors.TryShow(ModelState, exception))
        {
            return Page();
        }

        return RedirectToPage("/Directory/Person", new { id });
    }

    // The form field a refused argument of Person.Describe belongs to, so that the message stands beside it.
    private static string FieldOf(string? parameter) => parameter switch
    {
        "honorific" => $"{nameof(Position)}.{nameof(PositionInput.Honorific)}",
        "positionTitle" => $"{nameof(Position)}.{nameof(PositionInput.PositionTitle)}",
        "englishPositionTitle" => $"{nameof(Position)}.{nameof(PositionInput.EnglishPositionTitle)}",
        _ => string.Empty,
    };

    /// <summary>The honorific and the position titles as typed; plain text (no "&lt;" or "&gt;").</summary>
    public sealed class PositionInput
    {
        [Display(Name = "Person.Honorific")]
        [StringLength(Person.MaxHonorificLength, ErrorMessage = "Validation.MaxLength")]
        [RegularExpression(PlainText, ErrorMessage = "Validation.PlainText")]
        public string? Honorific { get; set; }

        [Display(Name = "Person.PositionTitle")]
        [StringLength(Person.MaxPositionTitleLength, ErrorMessage = "Validation.MaxLength")]
        [RegularExpression(PlainText, ErrorMessage = "Validation.PlainText")]
        public string? PositionTitle { get; set; }

        [Display(Name = "Person.EnglishPositionTitle")]
        [StringLength(Person.MaxPositionTitleLength, ErrorMessage = "Validation.MaxLength")]
        [RegularExpression(PlainText, ErrorMessage = "Validation.PlainText")]
        public string? EnglishPositionTitle { get; set; }

        public int Version { get; set; }

        // Text without angle brackets: a position is never markup.
        private const string PlainText = "^[^<>]*$";
    }
}
