#include "domaincreation.h"

#include "domainbuilder.h"
#include "domainxml.h"
#include "storagevolumes.h"

#include <QDomDocument>

DomainCreation::DomainCreation(Session &session, StorageVolumes &volumes)
    : m_session(session)
    , m_volumes(volumes)
{
}

Result<CreationOutcome> DomainCreation::create(const CreationRequest &request)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    CreationOutcome outcome;
    QString xml = request.xml;
    QStringList made; // volumes to remove again when the definition is refused
    if (!request.newVolume.pool.isEmpty()) {
        const Result<QString> path = m_volumes.createVolume(request.newVolume);
        if (!path) {
            Error e = path.error();
            e.message = tr("The disk %1 could not be created in the storage pool %2: %3")
                            .arg(request.newVolume.name, request.newVolume.pool, e.message);
            return e;
        }
        outcome.createdDisk = path.value();
        made << path.value();
        xml = DomainBuilder::replaceDiskSource(xml, request.predictedPath, path.value());
    }
    auto removeMade = [this, &made]() {
        QStringList left;
        for (const QString &path : std::as_const(made)) {
            if (!m_volumes.deleteVolume(path))
                left << path;
        }
        return left;
    };
    QString installXml;
    if (!request.kernelFile.isEmpty()) {
        QString uploaded[2];
        const QString files[2] = {request.kernelFile, request.initrdFile};
        // Named after the VM, so two installs never meet in one pool.
        QDomDocument doc;
        const QString vmName = DomainXml::load(xml, &doc).isEmpty()
                                   ? doc.documentElement().firstChildElement(QStringLiteral("name")).text()
                                   : QStringLiteral("install");
        const QString names[2] = {vmName + QStringLiteral("-kernel"), vmName + QStringLiteral("-initrd")};
        for (int i = 0; i < 2; ++i) {
            if (files[i].isEmpty())
                continue;
            const Result<QString> path = m_volumes.uploadFile(request.uploadPool, names[i], files[i]);
            if (!path) {
                Error e = path.error();
                const QStringList left = removeMade();
                e.message = left.isEmpty()
                                ? tr("The installer's kernel or initrd could not be copied into the storage pool %1: %2 Nothing was created.")
                                      .arg(request.uploadPool, e.message)
                                : tr("The installer's kernel or initrd could not be copied into the storage pool %1: %2 These volumes could not be removed again: %3")
                                      .arg(request.uploadPool, e.message, left.join(QStringLiteral(", ")));
                return e;
            }
            uploaded[i] = path.value();
            made << path.value();
            outcome.uploaded << path.value();
        }
        installXml = DomainBuilder::installXml(xml, uploaded[0], uploaded[1], request.cmdline);
    }

    const DomainHandle dom(virDomainDefineXMLFlags(m_session.conn(), xml.toUtf8().constData(), VIR_DOMAIN_DEFINE_VALIDATE));
    if (!dom) {
        Error e = Session::takeError();
        const QStringList left = removeMade();
        e.message = left.isEmpty() ? tr("libvirt refused the new VM's definition: %1 Nothing was created.").arg(e.message)
                                   : tr("libvirt refused the new VM's definition: %1 These volumes QVirt made for it could not be removed again: %2")
                                         .arg(e.message, left.join(QStringLiteral(", ")));
        return e;
    }
    outcome.uuid = uuidOf(dom.get());
    outcome.name = QString::fromUtf8(virDomainGetName(dom.get()));
    m_session.queueRefresh(outcome.uuid);
    if (!request.start)
        return outcome;

    // A network install boots the installer's kernel once: a transient start
    // with the install definition, while the persistent one stays as defined.
    int rc = 0;
    if (!installXml.isEmpty()) {
        const DomainHandle running(virDomainCreateXML(m_session.conn(), installXml.toUtf8().constData(), 0));
        rc = running ? 0 : -1;
    } else {
        rc = virDomainCreate(dom.get());
    }
    if (rc < 0) {
        Error e = Session::takeError();
        outcome.startError = e;
    } else {
        outcome.started = true;
    }
    m_session.queueRefresh(outcome.uuid);
    return outcome;
}
