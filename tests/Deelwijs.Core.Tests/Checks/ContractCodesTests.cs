using Deelwijs.Core.Checks;

namespace Deelwijs.Core.Tests.Checks;

public sealed class ContractCodesTests
{
    [Fact]
    public void Every_code_parses_back_to_its_value()
    {
        foreach (var channel in Enum.GetValues<Channel>())
        {
            Assert.True(ContractCodes.TryParseChannel(channel.Code(), out var parsed));
            Assert.Equal(channel, parsed);
        }

        foreach (var role in Enum.GetValues<Role>())
        {
            Assert.True(ContractCodes.TryParseRole(role.Code(), out var parsed));
            Assert.Equal(role, parsed);
        }

        foreach (var replyTo in Enum.GetValues<ReplyTo>().Where(r => r != ReplyTo.None))
        {
            Assert.True(ContractCodes.TryParseReplyTo(replyTo.Code(), out var parsed));
            Assert.Equal(replyTo, parsed);
        }

        Assert.Equal("private", PostContext.Private.Code());
    }
}
