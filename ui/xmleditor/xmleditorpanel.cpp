#include "xmleditorpanel.h"

#include "banner.h"
#include "messagebox.h"
#include "xmlerror.h"
#include "xmltextedit.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextCursor>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

XmlEditorPanel::XmlEditorPanel(const QString &kind, const QString &id, Loader loader, Saver saver, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_id(id)
    , m_loader(std::move(loader))
    , m_saver(std::move(saver))
    , m_toolbar(new QToolBar(this))
    , m_errorBanner(new Banner(this))
    , m_noticeBanner(new Banner(this))
    , m_editor(new XmlTextEdit(this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("xmlEditorPanel"));
    m_toolbar->setObjectName(QStringLiteral("xmlToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_saveAction = m_toolbar->addAction(QString(), this, [this] { save(); });
    m_saveAction->setObjectName(QStringLiteral("xmlSaveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    m_revertAction = m_toolbar->addAction(QString(), this, &XmlEditorPanel::revert);
    m_revertAction->setObjectName(QStringLiteral("xmlRevertAction"));

    m_errorBanner->setObjectName(QStringLiteral("xmlErrorBanner"));
    m_noticeBanner->setObjectName(QStringLiteral("xmlNoticeBanner"));
    // libvirt's parser quotes the text ("<vcpu>1</vcpux>"): never rich text.
    for (Banner *b : {m_errorBanner, m_noticeBanner}) {
        if (auto *label = b->findChild<QLabel *>(QStringLiteral("bannerText")))
            label->setTextFormat(Qt::PlainText);
    }
    connect(m_errorBanner, &Banner::actionTriggered, this, [this] {
        if (m_errorLine > 0)
            m_editor->goToLine(m_errorLine);
    });
    connect(m_noticeBanner, &Banner::actionTriggered, this, [this] {
        const Notice notice = std::exchange(m_notice, Notice::None);
        m_noticeBanner->hide();
        if (notice == Notice::Draft) {
            setEditorText(m_draft, true);
        } else if (notice == Notice::Changed) {
            m_baseline = m_latest;
            setEditorText(m_latest, true);
        }
    });
    connect(m_noticeBanner, &Banner::secondActionTriggered, this, [this] {
        if (std::exchange(m_notice, Notice::None) == Notice::Draft)
            removeDraft();
        m_noticeBanner->hide();
    });

    m_editor->setReadOnly(true); // until the definition is in
    connect(m_editor, &QPlainTextEdit::textChanged, this, &XmlEditorPanel::onTextChanged);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(500);
    connect(m_draftTimer, &QTimer::timeout, this, &XmlEditorPanel::writeDraft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_noticeBanner);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_editor, 1);
    retranslate();
    updateActions();
}

XmlEditorPanel::~XmlEditorPanel()
{
    // Closed without a word (the window killed, the app quit): the last
    // edits go into the draft all the same.
    if (m_draftTimer->isActive())
        writeDraft();
}

void XmlEditorPanel::retranslate()
{
    //: Button of the XML editor: define the edited XML in libvirt
    m_saveAction->setText(tr("Save"));
    m_saveAction->setToolTip(tr("Save the definition; libvirt checks it first (%1).")
                                 .arg(m_saveAction->shortcut().toString(QKeySequence::NativeText)));
    //: Button of the XML editor: throw away the edits
    m_revertAction->setText(tr("Revert"));
    m_revertAction->setToolTip(tr("Go back to the definition as libvirt has it."));
    //: Accessible name of the XML editor's toolbar
    m_toolbar->setWindowTitle(tr("XML editor actions"));
    m_toolbar->setAccessibleName(m_toolbar->windowTitle());
    //: Accessible name of the XML text editor
    m_editor->setAccessibleName(tr("XML definition"));
    m_errorBanner->setAccessibleName(tr("Why the definition was not saved"));
    m_noticeBanner->setAccessibleName(tr("Notice about the definition"));
    if (!m_errorMessage.isEmpty())
        showError(m_errorMessage, text());
    showNotice(m_notice);
}

void XmlEditorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString XmlEditorPanel::text() const
{
    return m_editor->toPlainText();
}

QString XmlEditorPanel::draftPath() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/xml-drafts/%1-%2.xml").arg(m_kind, m_id);
}

void XmlEditorPanel::activate()
{
    if (!m_loaded && !m_loading)
        load();
}

void XmlEditorPanel::load()
{
    m_loading = true;
    m_loader().then(this, [this](const Result<QString> &r) {
        m_loading = false;
        if (!r) {
            m_errorMessage.clear();
            m_errorBanner->showMessage(Banner::Kind::Error, tr("The definition could not be read: %1").arg(r.error().message));
            return;
        }
        const bool first = !m_loaded;
        m_loaded = true;
        m_baseline = r.value();
        if (!m_modified)
            setEditorText(m_baseline, false);
        if (m_errorMessage.isEmpty())
            m_errorBanner->hide();
        m_editor->setReadOnly(false);
        onTextChanged();
        if (first)
            offerDraft();
        emit loaded();
    });
}

void XmlEditorPanel::definitionChanged()
{
    if (!m_loaded) {
        if (!m_loading && isVisible())
            load();
        return;
    }
    if (m_saving || m_loading)
        return; // the save reads the definition again when it is done
    m_loader().then(this, [this](const Result<QString> &r) {
        if (!r || r.value() == m_baseline || m_saving)
            return;
        if (!m_modified) {
            m_baseline = r.value();
            setEditorText(m_baseline, true);
            return;
        }
        m_latest = r.value();
        showNotice(Notice::Changed);
    });
}

void XmlEditorPanel::setEditorText(const QString &text, bool undoable)
{
    m_settingText = true;
    if (undoable && !m_editor->document()->isEmpty()) {
        // One step Ctrl+Z takes back, the cursor kept near where it was.
        const int line = m_editor->textCursor().blockNumber();
        QTextCursor c(m_editor->document());
        c.beginEditBlock();
        c.select(QTextCursor::Document);
        c.insertText(text);
        c.endEditBlock();
        m_editor->goToLine(line + 1);
    } else {
        m_editor->setPlainText(text);
    }
    m_settingText = false;
    onTextChanged();
}

void XmlEditorPanel::onTextChanged()
{
    const bool modified = m_loaded && text() != m_baseline;
    if (modified != m_modified) {
        m_modified = modified;
        updateActions();
        emit modifiedChanged(modified);
    }
    if (!m_settingText || !modified)
        m_draftTimer->start();
}

void XmlEditorPanel::updateActions()
{
    m_saveAction->setEnabled(m_modified && !m_saving);
    m_revertAction->setEnabled(m_modified && !m_saving);
}

void XmlEditorPanel::revert()
{
    if (!m_loaded)
        return;
    clearError();
    setEditorText(m_baseline, true);
}

void XmlEditorPanel::save(std::function<void(bool)> done)
{
    if (!done)
        done = [](bool) {};
    if (!m_loaded || m_saving) {
        done(false);
        return;
    }
    if (!m_modified) {
        done(true);
        return;
    }
    m_saving = true;
    updateActions();
    const QString edited = text();
    // Whoever changed the definition since it was loaded (virsh edit, the
    // hardware page) would lose that change without a word.
    m_loader().then(this, [this, edited, done](const Result<QString> &current) {
        if (!current) {
            m_saving = false;
            updateActions();
            showError(current.error().message, edited);
            emit saveFailed(current.error().message);
            done(false);
            return;
        }
        if (current.value() == m_baseline) {
            define(edited, done);
            return;
        }
        const QString latest = current.value();
        MessageBox::ask(window(), QMessageBox::Warning, tr("Definition Changed"),
                        tr("The definition changed outside the editor since it was loaded. Overwrite that change "
                           "with your text, or reload the definition and lose your edits?"),
                        QMessageBox::Save | QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel,
                        {{QMessageBox::Save, tr("Overwrite")}, {QMessageBox::Reset, tr("Reload")}}, this,
                        [this, edited, latest, done](QMessageBox::StandardButton answer) {
                            if (answer == QMessageBox::Save) {
                                define(edited, done);
                                return;
                            }
                            m_saving = false;
                            updateActions();
                            if (answer == QMessageBox::Reset) {
                                m_baseline = latest;
                                clearError();
                                setEditorText(latest, true);
                            }
                            done(false);
                        });
    });
}

void XmlEditorPanel::define(const QString &edited, std::function<void(bool)> done)
{
    m_editor->setReadOnly(true);
    m_saver(edited).then(this, [this, edited, done](const VoidResult &r) {
        if (!r) {
            m_saving = false;
            m_editor->setReadOnly(false);
            updateActions();
            showError(r.error().message, edited);
            emit saveFailed(r.error().message);
            done(false);
            return;
        }
        // libvirt's own form of what was saved (defaults filled in) is the
        // new starting point.
        m_loader().then(this, [this, edited, done](const Result<QString> &after) {
            m_saving = false;
            m_editor->setReadOnly(false);
            m_baseline = after ? after.value() : edited;
            clearError();
            if (m_notice == Notice::Changed)
                showNotice(Notice::None);
            setEditorText(m_baseline, true);
            m_draftTimer->stop();
            removeDraft();
            updateActions();
            emit saved();
            done(true);
        });
    });
}

void XmlEditorPanel::showError(const QString &message, const QString &edited)
{
    m_errorMessage = message;
    m_errorLine = XmlError::lineOf(message, edited);
    m_editor->setErrorLine(m_errorLine);
    if (m_errorLine > 0) {
        //: %1 is a line number, %2 libvirt's message
        m_errorBanner->showMessage(Banner::Kind::Error, tr("The definition was not saved: libvirt found a problem at line %1.\n%2").arg(m_errorLine).arg(message),
                                   //: Button: put the cursor on the line an error names
                                   tr("Go to Line %1").arg(m_errorLine));
    } else {
        m_errorBanner->showMessage(Banner::Kind::Error, tr("The definition was not saved.\n%1").arg(message));
    }
}

void XmlEditorPanel::clearError()
{
    m_errorMessage.clear();
    m_errorLine = 0;
    m_editor->setErrorLine(0);
    m_errorBanner->hide();
}

void XmlEditorPanel::showNotice(Notice notice)
{
    m_notice = notice;
    switch (notice) {
    case Notice::None:
        m_noticeBanner->hide();
        break;
    case Notice::Draft:
        m_noticeBanner->showMessage(Banner::Kind::Information,
                                    tr("This definition has unsaved edits from an earlier session."),
                                    //: Button: bring back unsaved edits of the XML definition
                                    tr("Restore"),
                                    //: Button: delete unsaved edits of the XML definition
                                    tr("Discard"));
        break;
    case Notice::Changed:
        m_noticeBanner->showMessage(Banner::Kind::Warning,
                                    tr("The definition changed outside the editor. Reload it to see the change; "
                                       "your edits are then lost."),
                                    //: Button: load the XML definition again
                                    tr("Reload"));
        break;
    }
}

void XmlEditorPanel::offerDraft()
{
    QFile file(draftPath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QString draft = QString::fromUtf8(file.readAll());
    file.close();
    if (draft == m_baseline || draft == text()) {
        removeDraft();
        return;
    }
    m_draft = draft;
    showNotice(Notice::Draft);
}

void XmlEditorPanel::writeDraft()
{
    m_draftTimer->stop();
    if (!m_loaded)
        return;
    if (!m_modified) {
        // Edits undone by hand: nothing to keep, unless an earlier
        // session's draft still waits for an answer.
        if (m_notice != Notice::Draft)
            removeDraft();
        return;
    }
    if (m_notice == Notice::Draft)
        showNotice(Notice::None); // overwritten by the new edits
    const QString path = draftPath();
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(text().toUtf8());
        file.commit();
    }
}

void XmlEditorPanel::removeDraft()
{
    QFile::remove(draftPath());
}

void XmlEditorPanel::confirmClose(const QObject *context, std::function<void(bool)> answered)
{
    if (!m_modified) {
        answered(true);
        return;
    }
    MessageBox::ask(window(), QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("The XML definition has changes that are not saved. Save them before closing?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save, {}, context,
                    [this, answered](QMessageBox::StandardButton answer) {
                        if (answer == QMessageBox::Save) {
                            save([answered](bool saved) { answered(saved); });
                        } else if (answer == QMessageBox::Discard) {
                            m_draftTimer->stop();
                            removeDraft();
                            m_settingText = true;
                            m_editor->setPlainText(m_baseline);
                            m_settingText = false;
                            m_modified = false;
                            updateActions();
                            answered(true);
                        } else {
                            answered(false);
                        }
                    });
}
