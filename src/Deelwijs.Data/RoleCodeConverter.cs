using Deelwijs.Core.Checks;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Deelwijs.Data;

/// <summary>Stores a <see cref="Role"/> as its PRODUCT.md code, so the database reads the same as the contract.</summary>
public sealed class RoleCodeConverter() : ValueConverter<Role, string>(role => role.Code(), code => Parse(code))
{
    private static Role Parse(string code) => ContractCodes.TryParseRole(code, out var role)
        ? role
        : throw new InvalidOperationException($"Onbekende rol '{code}' in de database.");
}
