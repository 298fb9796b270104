#pragma once

#include "result.h"

#include <QFuture>
#include <QWidget>

#include <functional>

class Banner;
class QAction;
class QTimer;
class QToolBar;
class XmlTextEdit;

// Edits one libvirt object's XML definition (a VM's, later a network's or a
// pool's): the loader reads the definition, the saver defines the text, and
// libvirt validates it. A refused text stays as it is, with libvirt's message
// and the line it names. Unsaved text is also kept in a draft file, offered
// back when the editor opens again after an accidental close.
class XmlEditorPanel final : public QWidget
{
    Q_OBJECT

public:
    using Loader = std::function<QFuture<Result<QString>>()>;
    using Saver = std::function<QFuture<VoidResult>(const QString &xml)>;

    // kind ("domain", "network", "pool") and id (its UUID) name the draft.
    XmlEditorPanel(const QString &kind, const QString &id, Loader loader, Saver saver, QWidget *parent = nullptr);
    ~XmlEditorPanel() override;

    // Loads the definition the first time the page is shown.
    void activate();
    bool isLoaded() const { return m_loaded; }
    // The definition may have changed (an event, the host back): shown at
    // once when the text has no edits, else offered with a banner.
    void definitionChanged();

    bool isModified() const { return m_modified; }
    QString text() const;
    // The definition as last loaded from libvirt.
    QString definition() const { return m_baseline; }

    // Checks that the definition did not change since it was loaded (asks
    // whether to overwrite or reload when it did), then saves the text.
    // done(true) once it is saved; done(false) when refused or cancelled.
    void save(std::function<void(bool saved)> done = {});
    // Back to the loaded definition (Ctrl+Z brings the edits back).
    void revert();
    // Before the window closes: asks Save / Discard / Cancel when the text
    // has edits; answered(true) when the window may close.
    void confirmClose(const QObject *context, std::function<void(bool mayClose)> answered);

    QString draftPath() const;
    XmlTextEdit *editor() const { return m_editor; }
    Banner *errorBanner() const { return m_errorBanner; }
    Banner *noticeBanner() const { return m_noticeBanner; }

signals:
    void loaded();
    void saved();
    void saveFailed(const QString &message);
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Notice { None, Draft, Changed };

    void load();
    void setEditorText(const QString &text, bool undoable);
    void onTextChanged();
    void updateActions();
    void define(const QString &text, std::function<void(bool)> done);
    void showError(const QString &message, const QString &text);
    void clearError();
    void offerDraft();
    void showNotice(Notice notice);
    void writeDraft();
    void removeDraft();
    void retranslate();

    QString m_kind;
    QString m_id;
    Loader m_loader;
    Saver m_saver;
    QToolBar *m_toolbar;
    QAction *m_saveAction;
    QAction *m_revertAction;
    Banner *m_errorBanner;
    Banner *m_noticeBanner;
    XmlTextEdit *m_editor;
    QTimer *m_draftTimer;
    QString m_baseline;
    QString m_latest; // a newer definition the Changed notice offers
    QString m_draft;  // the draft the Draft notice offers
    Notice m_notice = Notice::None;
    int m_errorLine = 0;
    QString m_errorMessage;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_saving = false;
    bool m_modified = false;
    bool m_settingText = false;
};
