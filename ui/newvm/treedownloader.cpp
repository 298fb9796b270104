#include "treedownloader.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

TreeDownloader::TreeDownloader(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
}

TreeDownloader::~TreeDownloader() = default;

void TreeDownloader::start(const QString &treeUrl, const QString &kernelPath, const QString &initrdPath)
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString base = treeUrl;
    if (!base.endsWith(u'/'))
        base += u'/';
    const QUrl root(base);
    m_urls[0] = root.resolved(QUrl(kernelPath)).toString();
    m_urls[1] = initrdPath.isEmpty() ? QString() : root.resolved(QUrl(initrdPath)).toString();
    fetch(0);
}

void TreeDownloader::fetch(int index)
{
    if (index > 1 || m_urls[index].isEmpty()) {
        emit finished(m_files[0], m_files[1], {});
        return;
    }
    const QString target = m_dir->filePath(index == 0 ? QStringLiteral("kernel") : QStringLiteral("initrd"));
    auto file = std::make_shared<QFile>(target);
    if (!file->open(QIODevice::WriteOnly)) {
        emit finished({}, {}, tr("%1 could not be written: %2").arg(target, file->errorString()));
        return;
    }
    QNetworkRequest request{QUrl(m_urls[index])};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_manager->get(request);
    connect(reply, &QNetworkReply::readyRead, this, [reply, file]() { file->write(reply->readAll()); });
    connect(reply, &QNetworkReply::downloadProgress, this, &TreeDownloader::progress);
    connect(reply, &QNetworkReply::finished, this, [this, reply, file, index, target]() {
        reply->deleteLater();
        file->write(reply->readAll());
        file->close();
        if (reply->error() != QNetworkReply::NoError) {
            emit finished({}, {}, tr("%1 could not be downloaded: %2").arg(m_urls[index], reply->errorString()));
            return;
        }
        m_files[index] = target;
        fetch(index + 1);
    });
}
