#pragma once

#include "forms/hardwareform.h"

#include <QDomDocument>
#include <QPointer>
#include <QStyle>
#include <QWidget>

#include <functional>

class Banner;
class Connection;
class PassthroughPanel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QPushButton;
class QStackedWidget;

// The hardware of one VM (or of a draft definition): a list of devices and
// settings on the left, a form for the chosen one on the right, Apply and
// Revert. Changes gather until Apply; on a VM they then go to the definition
// and, where libvirt allows, to the running VM, and a banner says what
// happened live and what waits for a restart. In draft mode (the New VM
// wizard's "Customize before install") there is no domain: Apply edits the
// draft XML and emits draftChanged().
class HardwareEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit HardwareEditor(Connection *connection, QWidget *parent = nullptr);

    void setDomain(const QString &uuid);
    void setDraft(const QString &xml);
    QString draftXml() const { return m_baseXml; }
    bool isDraft() const { return m_draft; }

    // Changes made in the forms or queued (add, remove, media) and not applied.
    bool hasUnappliedChanges() const;
    // What Apply would do; empty and error set when a form is invalid.
    QVector<HardwareChange> pendingChanges(QString *error) const;
    void apply();
    void revert();
    void reload();
    // Asks (window-modal, without an event loop) whether to drop unapplied
    // changes; answered(true) when there are none or the user drops them.
    void confirmLeave(std::function<void(bool proceed)> answered);

    PassthroughPanel *passthrough() const { return m_passthrough; }
    Banner *banner() const { return m_banner; }
    QListWidget *deviceList() const { return m_list; }
    // The form of the entry shown now (nullptr for host devices).
    HardwareForm *currentForm() const;
    // Selects the first entry whose key has this tag (or an overview page:
    // "overview", "cpu", "memory", "boot", "hostdev").
    bool select(const QString &tag, int index = 0);
    // Queues a change as the Add and Remove actions do (tests, the wizard).
    void queue(const HardwareChange &change);

signals:
    void draftChanged(const QString &xml);
    void loaded();
    void applyFinished(const HardwareApplyReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setBase(const QString &xml);
    void rebuild();
    void fold();
    void addEntry(const QString &icon, QStyle::StandardPixmap fallback, const QString &text, const QString &tag, const DeviceKey &key,
                  QWidget *page);
    void updateButtons();
    void removeCurrent();
    void buildAddMenu();
    void addDisk(bool cdrom);
    void retranslate();

    QPointer<Connection> m_connection;
    QString m_uuid;
    bool m_draft = false;
    QString m_baseXml;
    QVector<HardwareChange> m_pending;
    HardwareInfo m_info;
    QDomDocument m_doc;
    HardwareContext m_context;
    int m_generation = 0;

    Banner *m_banner;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QPushButton *m_add;
    QMenu *m_addMenu;
    QPushButton *m_remove;
    QPushButton *m_apply;
    QPushButton *m_revert;
    PassthroughPanel *m_passthrough = nullptr;
};
