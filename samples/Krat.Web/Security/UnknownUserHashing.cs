using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Krat.Web.Security;

/// <summary>
/// Makes a login with an unknown user name cost what a known one costs: the password is checked against the hash
/// of a random password, so that the answer's timing does not tell which user names exist.
/// </summary>
public sealed class UnknownUserHashing(IPasswordHasher<IdentityUser> hasher)
{
    private static string? _hash;

    /// <summary>Checks <paramref name="password"/> against the random hash (it never matches) and discards the result.</summary>
    /// <param name="password">The password the visitor typed.</param>
    public void Verify(string password) =>
        _ = hasher.VerifyHashedPassword(
            new IdentityUser(),
            _hash ??= hasher.HashPassword(new IdentityUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))),
            password ?? string.Empty);
}
