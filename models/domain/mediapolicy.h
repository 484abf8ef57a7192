// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/trcache.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Almanac {

// Which media Almanac may read and send, and which hosts it may fetch from.
// A plan from someone else (a CSV, a JSON export) may name only https links
// on public hosts: never a file on this computer unless the user chose it,
// and never this machine, the local network or a cloud's metadata service,
// which the sender could not reach but the scheduler can (docs/security.md).
// Pure rules on strings: the network layer applies the same ones to the
// addresses a name resolves to.
class MediaPolicy final
{
    ALMANAC_DECLARE_TR_FUNCTIONS(MediaPolicy)

public:
    enum class AddressClass {
        Public,
        Loopback,    // 127.0.0.0/8, ::1, localhost
        Private,     // RFC 1918, 100.64/10, fc00::/7 (ULA), fec0::/10
        LinkLocal,   // 169.254/16, fe80::/10
        Metadata,    // a cloud's instance metadata service (169.254.169.254, fd00:ec2::254, ...)
        Unspecified, // 0.0.0.0/8, ::
        Special,     // multicast, broadcast, reserved ranges
    };

    // The class of a literal IPv4 or IPv6 address (any form a URL may hold:
    // "127.1", "0x7f000001", "[::ffff:127.0.0.1]"); nullopt for a host name.
    static std::optional<AddressClass> classifyAddress(QString host);
    // Why media may not be fetched from `host` (empty: it may). Literal
    // addresses by their class, and the names that always mean this machine.
    // The allowance for the local network lifts the rule for every class but
    // Public's complements that are never media servers (unspecified, special).
    static QString hostRefusal(const QString &host, bool allowLocalNetwork);
    // Whether a host is this computer for sure: 127.0.0.0/8, ::1, ::ffff:127.x,
    // localhost. Narrower than the Loopback class, which also covers 6to4 and
    // NAT64 forms of 127/8 that leave the machine: only these may get plain http.
    static bool isLoopbackAddress(QString host);

    // Whether a media reference names a file on this computer (a file: URL
    // or a path), and that file's path.
    static bool isLocalFile(const QString &reference);
    static QString localPath(const QString &reference);
    // Why a local file may not be read as media (empty: it may): it must be
    // a regular file (after links are followed), outside /proc, /sys and /dev.
    static QString fileRefusal(const QString &path);
    // The path a user confirms and a post keeps: with links followed, so the
    // file named in the confirmation is the file that is read.
    static QString confirmedPath(const QString &path);

    // Why media named by an imported file may not be kept (empty: it may):
    // https links on public hosts, or files the user confirmed one by one.
    static QString importRefusal(const QString &reference, bool allowLocalNetwork,
                                 const QStringList &confirmedFiles = {});

    // The address class in words ("this computer", "your local network"...).
    static QString describe(AddressClass kind);
};

} // namespace Almanac
