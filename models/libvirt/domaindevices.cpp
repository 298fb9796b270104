#include "domaindevices.h"

#include "domaindefinitions.h"

#include <QDomDocument>

DomainDevices::DomainDevices(Session &session, DomainDefinitions &definitions)
    : m_session(session)
    , m_definitions(definitions)
{
}

Result<HardwareApplyReport> DomainDevices::apply(const QString &uuid, const QVector<HardwareChange> &changes)
{
    DomainHandle dom;
    if (const auto error = m_session.lookup(uuid, dom)) {
        m_session.checkAlive();
        return *error;
    }
    HardwareApplyReport report;
    report.running = virDomainIsActive(dom.get()) == 1;
    for (const HardwareChange &change : changes) {
        HardwareOutcome outcome;
        outcome.what = change.what;
        // The definition first: a change the definition refuses is not made live either.
        if (const Result<QString> defined = m_definitions.edit(dom.get(), change.persistent); !defined) {
            outcome.defineError = defined.error().message;
            report.outcomes << outcome;
            continue;
        }
        outcome.defined = true;
        if (report.running)
            applyLive(dom.get(), change.live, outcome);
        report.outcomes << outcome;
    }
    m_session.queueRefresh(uuid);
    return report;
}

void DomainDevices::applyLive(virDomainPtr dom, const LiveOp &op, HardwareOutcome &outcome)
{
    const unsigned int live = VIR_DOMAIN_AFFECT_LIVE;
    const QByteArray xml = op.deviceXml.toUtf8();
    int rc = 0;
    switch (op.kind) {
    case LiveOp::Kind::None:
        outcome.live = HardwareOutcome::Live::AfterRestart;
        outcome.reason = op.reason.isEmpty() ? tr("This setting cannot change while the VM runs.") : op.reason;
        return;
    case LiveOp::Kind::SetMemory:
        rc = virDomainSetMemoryFlags(dom, op.memoryKiB, live);
        break;
    case LiveOp::Kind::SetVcpus:
        rc = virDomainSetVcpusFlags(dom, unsigned(op.vcpus), live);
        break;
    case LiveOp::Kind::Attach:
        rc = virDomainAttachDeviceFlags(dom, xml.constData(), live);
        break;
    case LiveOp::Kind::Detach:
        rc = virDomainDetachDeviceFlags(dom, xml.constData(), live);
        break;
    case LiveOp::Kind::Update:
        rc = virDomainUpdateDeviceFlags(dom, xml.constData(), live);
        break;
    case LiveOp::Kind::Metadata: {
        const QByteArray text = op.text.toUtf8();
        rc = virDomainSetMetadata(dom, op.metadataType == 0 ? VIR_DOMAIN_METADATA_TITLE : VIR_DOMAIN_METADATA_DESCRIPTION,
                                  op.text.isEmpty() ? nullptr : text.constData(), nullptr, nullptr, live);
        break;
    }
    }
    if (rc < 0) {
        outcome.live = HardwareOutcome::Live::AfterRestart;
        outcome.reason = Session::takeError(tr("libvirt refused to change the running VM.")).message;
        return;
    }
    outcome.live = HardwareOutcome::Live::Applied;
    if (op.kind != LiveOp::Kind::Detach)
        return;
    // QEMU's driver answers a detach after a short wait even when the guest has
    // not let the device go yet (a PCI unplug needs the guest's consent): only
    // the live XML tells whether it is gone.
    const Result<QString> now = m_definitions.xml(dom, 0);
    QDomDocument doc;
    if (!op.key.id.isEmpty() && now && DomainXml::load(now.value(), &doc).isEmpty() && !HardwareXml::find(doc, op.key).isNull()) {
        outcome.live = HardwareOutcome::Live::NotReleased;
        outcome.reason = tr("the removal was requested and is waiting for the guest");
    }
}
