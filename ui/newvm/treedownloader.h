#pragma once

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

// Downloads a network install tree's kernel and initrd into a temporary
// folder (asynchronously; the GUI thread only handles the replies), so the
// creation service can copy them into a pool on the host.
class TreeDownloader final : public QObject
{
    Q_OBJECT

public:
    explicit TreeDownloader(QObject *parent = nullptr);
    ~TreeDownloader() override;

    // kernelPath and initrdPath are relative to treeUrl.
    void start(const QString &treeUrl, const QString &kernelPath, const QString &initrdPath);

signals:
    void progress(qint64 received, qint64 total);
    // Local files, or error (translated) when a download failed.
    void finished(const QString &kernel, const QString &initrd, const QString &error);

private:
    void fetch(int index);

    QNetworkAccessManager *m_manager;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_urls[2];
    QString m_files[2];
};
