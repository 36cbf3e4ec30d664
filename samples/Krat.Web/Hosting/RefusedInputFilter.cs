using Krat.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Hosting;

/// <summary>
/// The one place where input the domain or the database refuses becomes an answer instead of a 500: a rule the
/// domain refuses, an out-of-range value, an unknown or foreign id (the database's foreign key), a duplicate or a
/// concurrent change. A form (POST) is shown again with the reason as a form error; an address (GET) answers
/// 404 for an id that is not found and 400 for any other refused value (<c>?year=10000</c>). Pages may still
/// catch the errors they explain better themselves; what they let through ends here.
/// </summary>
public sealed class RefusedInputFilter(FormErrors errors) : IAsyncPageFilter
{
    /// <inheritdoc />
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        ForgetUnreadableCheckboxes(context);
        var executed = await next();
        if (executed.Exception is not { } exception || executed.ExceptionHandled || errors.MessageOf(exception) is not { } message)
        {
            return;
        }

        executed.ExceptionHandled = true;
        if (!HttpMethods.IsPost(context.HttpContext.Request.Method))
        {
            executed.Result = exception is KeyNotFoundException or ForeignKeyViolationException ? new NotFoundResult() : new BadRequestResult();
            return;
        }

        context.ModelState.AddModelError(string.Empty, message);
        executed.Result = new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
    }

    /// <summary>
    /// A check box posted with a value that is not a yes/no ("maybe") keeps its error but is shown unticked: the
    /// check box's tag helper cannot render such a value and would fail with a 500 when the form is shown again.
    /// </summary>
    private static void ForgetUnreadableCheckboxes(PageHandlerExecutingContext context)
    {
        foreach (var (key, entry) in context.ModelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList())
        {
            if (!bool.TryParse(entry!.AttemptedValue, out _) && IsBoolean(context.HandlerInstance.GetType(), key))
            {
                context.ModelState.SetModelValue(key, "false", "false");
            }
        }
    }

    private static bool IsBoolean(Type type, string key)
    {
        var current = type;
        foreach (var name in key.Split('.'))
        {
            current = current?.GetProperty(name)?.PropertyType;
        }

        return current == typeof(bool) || current == typeof(bool?);
    }

}
