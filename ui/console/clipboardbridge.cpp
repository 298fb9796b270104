#include "clipboardbridge.h"

#include "vncclient.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QSettings>
#include <QWidget>
#include <QWindow>

namespace {

QString settingsKey(const QString &uri, const QString &uuid)
{
    // The URI as a hash: a settings key must not hold '/' or user names.
    const QByteArray host = QCryptographicHash::hash(uri.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("console/clipboard/%1/%2").arg(QString::fromLatin1(host), uuid);
}

} // namespace

ClipboardBridge::ClipboardBridge(VncClient *client, QWidget *view, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_view(view)
{
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &ClipboardBridge::desktopChanged);
    connect(qGuiApp, &QGuiApplication::focusWindowChanged, this, [this] {
        if (m_pending)
            offerIfActive();
    });
    connect(client, &VncClient::stateChanged, this, [this](VncClient::State state) {
        m_offered.clear();
        if (state == VncClient::State::Connected) {
            m_pending = true; // a new connection: the guest may have nothing of ours
            offerIfActive();
        }
    });
    connect(client, &VncClient::clipboardReceived, this, [this](const QString &text) {
        if (!m_enabled)
            return;
        m_fromGuest = text;
        m_offered = text;
        m_pending = false;
        QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
        //: Console status note; %n is a number of characters
        emit note(tr("Copied %n character(s) from the guest.", nullptr, int(text.size())));
    });
    connect(client, &VncClient::clipboardDropped, this, &ClipboardBridge::note);
}

void ClipboardBridge::setEnabled(bool on)
{
    if (m_enabled == on)
        return;
    m_enabled = on;
    m_offered.clear();
    m_fromGuest.clear();
    if (m_client)
        m_client->setClipboardSharing(on);
    m_pending = on;
    if (on)
        offerIfActive();
}

bool ClipboardBridge::isShared(const QString &uri, const QString &uuid, bool localHost)
{
    return QSettings().value(settingsKey(uri, uuid), localHost).toBool();
}

void ClipboardBridge::setShared(const QString &uri, const QString &uuid, bool on)
{
    QSettings().setValue(settingsKey(uri, uuid), on);
}

bool ClipboardBridge::windowActive() const
{
    return m_view && m_view->isVisible() && m_view->window()->isActiveWindow();
}

void ClipboardBridge::desktopChanged()
{
    if (!m_enabled)
        return;
    m_pending = true;
    offerIfActive();
}

void ClipboardBridge::offerIfActive()
{
    if (!m_enabled || !m_client || m_client->state() != VncClient::State::Connected || !windowActive())
        return;
    m_pending = false;
    const QString text = QGuiApplication::clipboard()->text(QClipboard::Clipboard);
    if (text.isEmpty() || text == m_fromGuest || text == m_offered)
        return;
    m_offered = text;
    m_client->setClipboardText(text);
}
