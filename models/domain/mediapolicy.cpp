// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/mediapolicy.h"

#include "models/domain/controlcharacters.h"
#include "models/domain/redaction.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <array>

namespace Almanac {

namespace {

using Ip6 = std::array<quint8, 16>;

// One part of an IPv4 address as inet_aton reads it: decimal, octal (leading
// 0) or hex (0x); a URL host like "0x7f.1" reaches 127.0.0.1 in every resolver.
std::optional<quint64> ip4Part(QStringView part)
{
    if (part.isEmpty())
        return std::nullopt;
    int base = 10;
    if (part.size() > 1 && part.front() == u'0' && (part.at(1) == u'x' || part.at(1) == u'X')) {
        base = 16;
        part = part.mid(2);
        if (part.isEmpty())
            return quint64(0);
    } else if (part.size() > 1 && part.front() == u'0') {
        base = 8;
        part = part.mid(1);
    }
    if (part.size() > 12)
        return std::nullopt;
    bool ok = false;
    const quint64 value = part.toULongLong(&ok, base);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

std::optional<quint32> parseIp4(QStringView host)
{
    if (host.endsWith(u'.'))
        host.chop(1);
    const QList<QStringView> parts = host.split(u'.');
    if (parts.isEmpty() || parts.size() > 4)
        return std::nullopt;
    quint64 value = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const std::optional<quint64> part = ip4Part(parts.at(i));
        if (!part)
            return std::nullopt;
        const bool last = i == parts.size() - 1;
        const int bits = last ? int(8 * (4 - i)) : 8; // the last part fills the bytes left
        if (*part >> bits)
            return std::nullopt;
        value = last ? (value << bits) | *part : (value << 8) | *part;
    }
    return quint32(value);
}

std::optional<Ip6> parseIp6(QStringView host)
{
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (const qsizetype zone = host.indexOf(u'%'); zone >= 0)
        host = host.left(zone);
    if (!host.contains(u':'))
        return std::nullopt;
    Ip6 bytes{};
    QList<quint16> head, tail;
    bool gap = false;
    QList<quint16> *into = &head;
    qsizetype i = 0;
    if (host.startsWith(u"::")) {
        gap = true;
        into = &tail;
        i = 2;
    }
    while (i < host.size()) {
        qsizetype end = host.indexOf(u':', i);
        if (end < 0)
            end = host.size();
        const QStringView group = host.mid(i, end - i);
        if (group.contains(u'.')) { // a trailing IPv4 address
            const std::optional<quint32> v4 = end == host.size() ? parseIp4(group) : std::nullopt;
            if (!v4 || group.count(u'.') != 3)
                return std::nullopt;
            into->append(quint16(*v4 >> 16));
            into->append(quint16(*v4 & 0xFFFF));
            i = end;
            break;
        }
        bool ok = false;
        const uint value = group.toUInt(&ok, 16);
        if (!ok || group.size() > 4)
            return std::nullopt;
        into->append(quint16(value));
        i = end + 1;
        if (i < host.size() && host.at(i) == u':') {
            if (gap)
                return std::nullopt;
            gap = true;
            into = &tail;
            ++i;
        } else if (end == host.size() - 1) {
            return std::nullopt; // ends with a single colon
        }
    }
    const qsizetype groups = head.size() + tail.size();
    if (groups > 8 || (!gap && groups != 8) || (gap && groups == 8))
        return std::nullopt;
    for (qsizetype g = 0; g < head.size(); ++g) {
        bytes[size_t(2 * g)] = quint8(head.at(g) >> 8);
        bytes[size_t(2 * g + 1)] = quint8(head.at(g));
    }
    for (qsizetype g = 0; g < tail.size(); ++g) {
        const size_t at = size_t(2 * (8 - tail.size() + g));
        bytes[at] = quint8(tail.at(g) >> 8);
        bytes[at + 1] = quint8(tail.at(g));
    }
    return bytes;
}

bool inRange(quint32 address, quint32 network, int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (address & mask) == (network & mask);
}

quint32 ip4(quint8 a, quint8 b, quint8 c, quint8 d)
{
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | d;
}

MediaPolicy::AddressClass classify4(quint32 a)
{
    using C = MediaPolicy::AddressClass;
    // Cloud metadata and credential services: the whole link-local /16 (AWS, GCP,
    // Azure, OCI, ECS credentials at 169.254.170.2), Alibaba's, Azure's WireServer.
    if (inRange(a, ip4(169, 254, 0, 0), 16) || a == ip4(100, 100, 100, 200) || a == ip4(168, 63, 129, 16))
        return C::Metadata;
    if (inRange(a, 0, 8))
        return C::Unspecified;
    if (inRange(a, ip4(127, 0, 0, 0), 8))
        return C::Loopback;
    if (inRange(a, ip4(10, 0, 0, 0), 8) || inRange(a, ip4(172, 16, 0, 0), 12) || inRange(a, ip4(192, 168, 0, 0), 16)
        || inRange(a, ip4(100, 64, 0, 0), 10))
        return C::Private;
    if (inRange(a, ip4(224, 0, 0, 0), 4) || inRange(a, ip4(240, 0, 0, 0), 4) || inRange(a, ip4(192, 0, 0, 0), 24)
        || inRange(a, ip4(198, 18, 0, 0), 15))
        return C::Special;
    return C::Public;
}

MediaPolicy::AddressClass classify6(const Ip6 &b)
{
    using C = MediaPolicy::AddressClass;
    auto zeros = [&b](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            if (b[i])
                return false;
        return true;
    };
    auto v4At = [&b](size_t at) { return ip4(b[at], b[at + 1], b[at + 2], b[at + 3]); };
    if (zeros(0, 16))
        return C::Unspecified;
    if (zeros(0, 15) && b[15] == 1)
        return C::Loopback;
    if (zeros(0, 10) && b[10] == 0xFF && b[11] == 0xFF) // IPv4-mapped
        return classify4(v4At(12));
    if (zeros(0, 12)) // IPv4-compatible (deprecated, still routed by some stacks)
        return classify4(v4At(12));
    if (zeros(0, 8) && b[8] == 0xFF && b[9] == 0xFF && b[10] == 0 && b[11] == 0) // SIIT ::ffff:0:a.b.c.d
        return classify4(v4At(12));
    if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && (zeros(4, 12) || (b[4] == 0 && b[5] == 1))) // NAT64
        return classify4(v4At(12));
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) // Teredo: the client's address, inverted
        return classify4(~v4At(12));
    if (b[0] == 0x20 && b[1] == 0x02) // 6to4
        return classify4(v4At(2));
    static const Ip6 awsMetadata{0xFD, 0x00, 0x0E, 0xC2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54};
    if (b == awsMetadata)
        return C::Metadata;
    if ((b[0] & 0xFE) == 0xFC || (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0))
        return C::Private;
    if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)
        return C::LinkLocal;
    if (b[0] == 0xFF)
        return C::Special;
    return C::Public;
}

bool isIp4Like(QStringView host)
{
    // inet_aton reads a host of digits, dots and hex parts as an address; so must we.
    if (host.isEmpty())
        return false;
    for (QChar c : host)
        if (!(c.isDigit() || c == u'.' || c == u'x' || c == u'X' || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    return host.front().isDigit();
}

} // namespace

std::optional<MediaPolicy::AddressClass> MediaPolicy::classifyAddress(QString host)
{
    host = host.trimmed();
    if (host.contains(u':')) {
        if (const std::optional<Ip6> v6 = parseIp6(host))
            return classify6(*v6);
        return std::nullopt;
    }
    if (isIp4Like(host))
        if (const std::optional<quint32> v4 = parseIp4(host))
            return classify4(*v4);
    return std::nullopt;
}

bool MediaPolicy::isLoopbackAddress(QString host)
{
    host = host.trimmed().toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    if (host == u"localhost")
        return true;
    if (host.contains(u':')) {
        const std::optional<Ip6> b = parseIp6(host);
        if (!b)
            return false;
        bool headZero = true;
        for (size_t i = 0; i < 10; ++i)
            headZero = headZero && (*b)[i] == 0;
        if (headZero && (*b)[10] == 0 && (*b)[11] == 0 && (*b)[12] == 0 && (*b)[13] == 0 && (*b)[14] == 0)
            return (*b)[15] == 1; // ::1
        return headZero && (*b)[10] == 0xFF && (*b)[11] == 0xFF && (*b)[12] == 127; // ::ffff:127.x.y.z
    }
    const std::optional<quint32> v4 = isIp4Like(host) ? parseIp4(host) : std::nullopt;
    return v4 && (*v4 >> 24) == 127;
}

QString MediaPolicy::describe(AddressClass kind)
{
    switch (kind) {
    case AddressClass::Public: return tr("a public address");
    case AddressClass::Loopback: return tr("this computer");
    case AddressClass::Private: return tr("a private network address");
    case AddressClass::LinkLocal: return tr("a link-local network address");
    case AddressClass::Metadata: return tr("a cloud's metadata service");
    case AddressClass::Unspecified: return tr("an unspecified address");
    case AddressClass::Special: return tr("a reserved or multicast address");
    }
    return {};
}

QString MediaPolicy::hostRefusal(const QString &rawHost, bool allowLocalNetwork)
{
    QString host = rawHost.trimmed().toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty())
        return tr("the link names no host");
    std::optional<AddressClass> kind = classifyAddress(host);
    if (!kind && (host == u"localhost" || host.endsWith(u".localhost")))
        kind = AddressClass::Loopback;
    if (!kind || *kind == AddressClass::Public)
        return {};
    const bool liftable = *kind == AddressClass::Loopback || *kind == AddressClass::Private || *kind == AddressClass::LinkLocal;
    if (liftable && allowLocalNetwork)
        return {};
    if (liftable)
        return tr("%1 is %2; Almanac fetches media only from public hosts (Settings → Publishing → "
                  "\"Allow media from my local network\" lifts this)").arg(quotedValue(rawHost), describe(*kind));
    return tr("%1 is %2; Almanac never fetches media from there").arg(quotedValue(rawHost), describe(*kind));
}

bool MediaPolicy::isLocalFile(const QString &reference)
{
    const QUrl url(reference);
    if (url.isLocalFile())
        return true;
    // A path (and C:\ on Windows, whose drive letter reads as a scheme); anything
    // with a real scheme (https:, data:, ftp:) is not a file.
    return !reference.isEmpty() && (url.scheme().isEmpty() || url.scheme().size() == 1);
}

QString MediaPolicy::localPath(const QString &reference)
{
    const QUrl url(reference);
    return url.isLocalFile() ? url.toLocalFile() : reference;
}

QString MediaPolicy::confirmedPath(const QString &path)
{
    const QFileInfo info(path);
    const QString real = info.canonicalFilePath(); // what a link points at is what would be read
    return real.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : real;
}

QString MediaPolicy::fileRefusal(const QString &path)
{
    const QFileInfo info(path);
    const QString real = info.canonicalFilePath(); // links followed
    if (real.isEmpty())
        return tr("the file %1 does not exist").arg(quotedValue(path));
    // Both the path as written and where it leads: /proc/1/root/etc/passwd
    // leads out of /proc, /dev/fd/3 into it.
    const QString written = QDir::cleanPath(info.absoluteFilePath());
    for (const QLatin1String system : {QLatin1String("/proc"), QLatin1String("/sys"), QLatin1String("/dev")})
        for (const QString &candidate : {written, real})
            if (candidate == system || candidate.startsWith(system + u'/'))
                return tr("%1 is a system file (%2), not a picture or video").arg(quotedValue(path), real);
    if (!QFileInfo(real).isFile())
        return tr("%1 is not a regular file (a folder, device, pipe or socket)").arg(quotedValue(path));
    return {};
}

QString MediaPolicy::importRefusal(const QString &reference, bool allowLocalNetwork, const QStringList &confirmedFiles)
{
    if (isLocalFile(reference)) {
        const QString path = localPath(reference);
        if (QFileInfo(path).isRelative())
            return tr("%1 names a file by a relative path; a plan may name only whole paths, which the user confirms")
                .arg(quotedValue(reference));
        if (!confirmedFiles.contains(confirmedPath(path)))
            return tr("%1 is a file on this computer; a plan from someone else may name only https links (add the "
                      "file in the composer instead)").arg(quotedValue(reference));
        return fileRefusal(path);
    }
    const QUrl url(reference, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const QString shown = Redaction::redact(reference); // a link's query may carry a token
    if (!url.isValid() || (scheme != u"https" && scheme != u"http"))
        return tr("%1 is not a media link; expected an https:// link").arg(quotedValue(shown));
    if (scheme != u"https")
        return tr("%1 is not encrypted; a media link in an imported file must start with https://").arg(quotedValue(shown));
    if (!url.userInfo().isEmpty())
        return tr("%1 carries a user name or password; expected a plain https:// link").arg(quotedValue(url.host()));
    return hostRefusal(url.host(), allowLocalNetwork);
}

} // namespace Almanac
