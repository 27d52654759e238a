namespace Deelwijs.Web.Api;

/// <summary>The school on whose behalf an API request is made, recognised by its key.</summary>
public sealed record ApiCaller(int SchoolId, string KeyPrefix);
