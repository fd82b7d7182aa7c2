using System.Diagnostics.CodeAnalysis;
using KpiLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace KpiLang.LanguageServer.Hosting;

/// <summary>
/// The JSON formatter of the connection. StreamJsonRpc marks SystemTextJsonFormatter as a whole as needing
/// reflection because it can marshal streams, progress and RPC objects; this server uses none of those, and every
/// value it reads or writes goes through the source-generated <see cref="ProtocolJson"/>, the serializer's only
/// resolver, as StreamJsonRpc's Native AOT guide prescribes. With a resolver set there is no reflection fallback,
/// so a type missing from ProtocolJson fails in the normal build's tests too, not only in the AOT binary.
/// </summary>
internal static class ServerJsonFormatter
{
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only source-generated type information is used (ProtocolJson); no marshalable objects.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only source-generated type information is used (ProtocolJson); no marshalable objects.")]
    public static IJsonRpcMessageFormatter Create() => new SystemTextJsonFormatter { JsonSerializerOptions = ProtocolJson.Default.Options };
}
