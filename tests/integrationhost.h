#pragma once

// Helpers for the integration tests: the real libvirtd + QEMU (TCG) that the
// test command starts. A test that cannot reach the daemon fails.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QProcess>
#include <QString>
#include <QTest>

namespace IntegrationHost {

inline QString uri()
{
    const QString fromEnv = qEnvironmentVariable("QVIRT_TEST_URI");
    return fromEnv.isEmpty() ? QStringLiteral("qemu:///system") : fromEnv;
}

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Output run(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    Output o;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        o.err = QStringLiteral("timed out");
        return o;
    }
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    o.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return o;
}

inline Output virsh(const QStringList &args)
{
    return run(QStringLiteral("virsh"), QStringList{QStringLiteral("-c"), uri()} + args);
}

// What libvirt itself says of the domain, in virsh's words ("running", "shut off"...).
inline QString domstate(const QString &name)
{
    const Output o = virsh({QStringLiteral("domstate"), name});
    return o.exitCode == 0 ? o.out : QStringLiteral("error: ") + o.err;
}

// A directory QEMU (running as libvirt-qemu) can reach.
inline QString makeImageDir(const QString &tag)
{
    const QString dir = QStringLiteral("/var/lib/libvirt/images/qvirt-%1-%2").arg(tag).arg(QCoreApplication::applicationPid());
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                   | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    return dir;
}

inline QString tcgDomainXml(const QString &name, const QString &disk)
{
    return QStringLiteral(R"(<domain type='qemu'>
  <name>%1</name>
  <title>QVirt integration test guest</title>
  <memory unit='MiB'>64</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>
  <on_crash>destroy</on_crash>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='%2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <graphics type='vnc' autoport='yes' listen='127.0.0.1'/>
    <video><model type='vga'/></video>
  </devices>
</domain>)").arg(name, disk);
}

#ifdef QVIRT_TEST_GUEST_IMAGE
// The console test guest (tests/guest): its own copy of the image in dir (QEMU
// locks it) and the domain XML; graphics replaces the template's <graphics/>.
// Empty when the image or template cannot be read.
inline QString testGuestXml(const QString &dir, const QString &name, const QString &graphics = {})
{
    const QString image = dir + QLatin1Char('/') + name + QStringLiteral(".img");
    QFile::remove(image);
    QFile tpl(QStringLiteral(QVIRT_TEST_GUEST_DOMAIN_XML_IN));
    if (!QFile::copy(QStringLiteral(QVIRT_TEST_GUEST_IMAGE), image) || !tpl.open(QIODevice::ReadOnly))
        return {};
    QString xml = QString::fromUtf8(tpl.readAll()).replace(QLatin1String("@NAME@"), name).replace(QLatin1String("@IMAGE@"), image);
    if (!graphics.isEmpty())
        xml.replace(QRegularExpression(QStringLiteral("<graphics [^>]*/>")), graphics);
    return xml;
}
#endif

#ifdef QVIRT_TEST_GUEST_AGENT_XML_IN
// The test guest with its serial log (serial, a file libvirt creates at each
// start) and QEMU's clipboard channel (tests/guest/domain-agent.xml.in).
inline QString testGuestAgentXml(const QString &dir, const QString &name, const QString &serial)
{
    const QString image = dir + QLatin1Char('/') + name + QStringLiteral(".img");
    QFile::remove(image);
    QFile tpl(QStringLiteral(QVIRT_TEST_GUEST_AGENT_XML_IN));
    if (!QFile::copy(QStringLiteral(QVIRT_TEST_GUEST_IMAGE), image) || !tpl.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(tpl.readAll())
        .replace(QLatin1String("@NAME@"), name)
        .replace(QLatin1String("@IMAGE@"), image)
        .replace(QLatin1String("@SERIAL@"), serial);
}

// The test guest's serial log, a line each (tests/guest/README.md).
inline QStringList serialLines(const QString &serial)
{
    QFile f(serial);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
#endif

} // namespace IntegrationHost
