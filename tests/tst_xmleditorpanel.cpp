#include "banner.h"
#include "connection.h"
#include "messagebox.h"
#include "modalscript.h"
#include "testutil.h"
#include "vmwindow.h"
#include "xmleditorpanel.h"
#include "xmlhighlighter.h"
#include "xmltextedit.h"

#include <QAction>
#include <QFile>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

using namespace TestUtil;

// The XML editor on a fake definition (loader and saver are functions), and
// in the VM window on libvirt's test driver.
class tst_XmlEditorPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void highlighting_data();
    void highlighting();
    void gutter();
    void saveSucceeds();
    void refusedSaveKeepsText();
    void draftRestoredAfterAccidentalClose();
    void draftDiscarded();
    void changedMeanwhile_data();
    void changedMeanwhile();
    void changedOutsideWhileEditing();
    void closeWithUnsavedAsks();
    void vmWindowCloseAsks();

private:
    std::unique_ptr<XmlEditorPanel> makePanel();

    QString m_definition; // what the fake libvirt has
    QStringList m_saved;  // what the saver was given
    std::optional<Error> m_refusal;
    int m_loads = 0;
};

static const QString initial = QStringLiteral("<domain type='qemu'>\n  <name>fake</name>\n  <memory unit='KiB'>65536</memory>\n</domain>\n");

void tst_XmlEditorPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_XmlEditorPanel::init()
{
    m_definition = initial;
    m_saved.clear();
    m_refusal.reset();
    m_loads = 0;
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/xml-drafts/domain-fake.xml"));
}

void tst_XmlEditorPanel::cleanup()
{
    MessageBox::setTestHook({});
}

std::unique_ptr<XmlEditorPanel> tst_XmlEditorPanel::makePanel()
{
    auto panel = std::make_unique<XmlEditorPanel>(
        QStringLiteral("domain"), QStringLiteral("fake"),
        [this] {
            ++m_loads;
            return QtFuture::makeReadyFuture(Result<QString>(m_definition));
        },
        [this](const QString &xml) {
            m_saved << xml;
            if (m_refusal)
                return QtFuture::makeReadyFuture(VoidResult(*m_refusal));
            // libvirt's form of it: what it fills in.
            m_definition = QString(xml).replace(QLatin1String("<name>"), QLatin1String("<name>")) + QStringLiteral("<!-- normalized -->\n");
            return QtFuture::makeReadyFuture(VoidResult());
        });
    panel->resize(600, 400);
    panel->show();
    panel->activate();
    return panel;
}

static void typeAtEnd(XmlTextEdit *editor, const QString &text)
{
    QTextCursor c(editor->document());
    c.movePosition(QTextCursor::End);
    editor->setTextCursor(c);
    editor->insertPlainText(text);
}

// Whether a range of line `line` (0-based) starting at `column` has kind's colour.
static bool formatted(XmlTextEdit *editor, int line, int column, XmlHighlighter::Kind kind)
{
    const QTextBlock block = editor->document()->findBlockByNumber(line);
    const QColor want = editor->highlighter()->format(kind).foreground().color();
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (column >= r.start && column < r.start + r.length)
            return r.format.foreground().color() == want;
    }
    return false;
}

void tst_XmlEditorPanel::highlighting_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("kind");
    // <?xml version='1.0'?>
    // <domain type='qemu'>
    //   <!-- a comment
    //   over two lines -->
    //   <description><![CDATA[x < y]]></description>
    //   <graphics type='vnc'
    //             passwd="secret"/>
    QTest::newRow("instruction") << 0 << 2 << int(XmlHighlighter::Instruction);
    QTest::newRow("element") << 1 << 1 << int(XmlHighlighter::Tag);
    QTest::newRow("attribute") << 1 << 8 << int(XmlHighlighter::Attribute);
    QTest::newRow("value") << 1 << 14 << int(XmlHighlighter::Value);
    QTest::newRow("comment") << 2 << 6 << int(XmlHighlighter::Comment);
    QTest::newRow("comment, second line") << 3 << 4 << int(XmlHighlighter::Comment);
    QTest::newRow("cdata") << 4 << 25 << int(XmlHighlighter::CData);
    QTest::newRow("closing tag") << 4 << 35 << int(XmlHighlighter::Tag);
    QTest::newRow("attribute on its own line") << 6 << 13 << int(XmlHighlighter::Attribute);
    QTest::newRow("value on its own line") << 6 << 21 << int(XmlHighlighter::Value);
}

void tst_XmlEditorPanel::highlighting()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, kind);
    XmlTextEdit editor;
    editor.setPlainText(QStringLiteral("<?xml version='1.0'?>\n<domain type='qemu'>\n  <!-- a comment\n  over two lines -->\n"
                                       "  <description><![CDATA[x < y]]></description>\n  <graphics type='vnc'\n"
                                       "            passwd=\"secret\"/>\n</domain>\n"));
    QVERIFY(formatted(&editor, line, column, XmlHighlighter::Kind(kind)));
    // Another colour set for dark backgrounds, and still the same kinds.
    QPalette dark = editor.palette();
    dark.setColor(QPalette::Base, Qt::black);
    dark.setColor(QPalette::Text, Qt::white);
    editor.setPalette(dark);
    QVERIFY(editor.highlighter()->darkBackground());
    QVERIFY(formatted(&editor, line, column, XmlHighlighter::Kind(kind)));
}

void tst_XmlEditorPanel::gutter()
{
    XmlTextEdit editor;
    editor.resize(400, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.gutter()->isVisible());
    const int narrow = editor.gutterWidth();
    QVERIFY(narrow > 0);
    QCOMPARE(editor.gutter()->width(), narrow);
    editor.setPlainText(QString(QStringLiteral("<a/>\n")).repeated(12000));
    QVERIFY(editor.gutterWidth() > narrow); // five digits
    QTRY_COMPARE(editor.gutter()->width(), editor.gutterWidth());
    editor.setErrorLine(7);
    QCOMPARE(editor.errorLine(), 7);
    editor.goToLine(7);
    QCOMPARE(editor.textCursor().blockNumber(), 6);
}

void tst_XmlEditorPanel::saveSucceeds()
{
    auto panel = makePanel();
    QTRY_VERIFY(panel->isLoaded());
    QCOMPARE(panel->text(), initial);
    QVERIFY(!panel->isModified());
    typeAtEnd(panel->editor(), QStringLiteral("<!-- edited -->\n"));
    QVERIFY(panel->isModified());
    QTRY_VERIFY(QFile::exists(panel->draftPath()));
    QSignalSpy saved(panel.get(), &XmlEditorPanel::saved);
    auto *save = panel->findChild<QAction *>(QStringLiteral("xmlSaveAction"));
    QVERIFY(save->isEnabled());
    save->trigger();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_saved, QStringList{initial + QStringLiteral("<!-- edited -->\n")});
    QCOMPARE(panel->text(), m_definition); // libvirt's form
    QVERIFY(!panel->isModified());
    QVERIFY(!save->isEnabled());
    QVERIFY(!QFile::exists(panel->draftPath()));
    QVERIFY(panel->errorBanner()->isHidden());
}

void tst_XmlEditorPanel::refusedSaveKeepsText()
{
    auto panel = makePanel();
    QTRY_VERIFY(panel->isLoaded());
    panel->editor()->selectAll();
    const QString broken = QStringLiteral("<domain type='qemu'>\n  <name>fake</name>\n  <vcpu>1</vcpux>\n</domain>\n");
    panel->editor()->insertPlainText(broken);
    const QString message = QStringLiteral("(domain_definition):3: Opening and ending tag mismatch: vcpu line 3 and vcpux\n"
                                           "  <vcpu>1</vcpux>\n-----------------^");
    m_refusal = Error{27, message};
    QSignalSpy failed(panel.get(), &XmlEditorPanel::saveFailed);
    bool answer = true;
    bool answered = false;
    panel->save([&](bool ok) { answer = ok; answered = true; });
    QTRY_VERIFY(answered);
    QVERIFY(!answer);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(panel->text(), broken);
    QVERIFY(panel->isModified());
    QCOMPARE(m_definition, initial);
    QVERIFY(panel->errorBanner()->isVisible());
    QVERIFY(panel->errorBanner()->text().contains(message));
    QVERIFY(panel->errorBanner()->text().contains(QLatin1String("line 3")));
    QCOMPARE(panel->editor()->errorLine(), 3);
    // The banner's button takes the cursor there.
    panel->editor()->moveCursor(QTextCursor::Start);
    auto *go = qobject_cast<QPushButton *>(panel->errorBanner()->actionButton());
    QVERIFY(go->isVisible());
    go->click();
    QCOMPARE(panel->editor()->textCursor().blockNumber(), 2);

    // Fixed, it saves and the mark goes.
    m_refusal.reset();
    panel->editor()->selectAll();
    panel->editor()->insertPlainText(initial);
    typeAtEnd(panel->editor(), QStringLiteral("<!-- fixed -->\n"));
    QSignalSpy saved(panel.get(), &XmlEditorPanel::saved);
    panel->save();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(panel->editor()->errorLine(), 0);
    QVERIFY(panel->errorBanner()->isHidden());
}

void tst_XmlEditorPanel::draftRestoredAfterAccidentalClose()
{
    QString path;
    const QString edited = initial + QStringLiteral("<!-- not saved -->\n");
    {
        auto panel = makePanel();
        QTRY_VERIFY(panel->isLoaded());
        path = panel->draftPath();
        typeAtEnd(panel->editor(), QStringLiteral("<!-- not saved -->\n"));
        // Gone before the draft's timer ran: written as it goes.
    }
    QFile draft(path);
    QVERIFY(draft.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(draft.readAll()), edited);

    auto panel = makePanel();
    QTRY_VERIFY(panel->isLoaded());
    QCOMPARE(panel->text(), initial);
    QVERIFY(panel->noticeBanner()->isVisible());
    auto *restore = qobject_cast<QPushButton *>(panel->noticeBanner()->actionButton());
    QVERIFY(restore->isVisible());
    restore->click();
    QCOMPARE(panel->text(), edited);
    QVERIFY(panel->isModified());
    QVERIFY(panel->noticeBanner()->isHidden());
    QSignalSpy saved(panel.get(), &XmlEditorPanel::saved);
    panel->save();
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(!QFile::exists(path));
}

void tst_XmlEditorPanel::draftDiscarded()
{
    QString path;
    {
        auto panel = makePanel();
        QTRY_VERIFY(panel->isLoaded());
        path = panel->draftPath();
        typeAtEnd(panel->editor(), QStringLiteral("<!-- not saved -->\n"));
        QTRY_VERIFY(QFile::exists(path));
    }
    auto panel = makePanel();
    QTRY_VERIFY(panel->noticeBanner()->isVisible());
    qobject_cast<QPushButton *>(panel->noticeBanner()->secondActionButton())->click();
    QVERIFY(!QFile::exists(path));
    QCOMPARE(panel->text(), initial);
    QVERIFY(!panel->isModified());
}

void tst_XmlEditorPanel::changedMeanwhile_data()
{
    QTest::addColumn<int>("answer");
    QTest::newRow("overwrite") << int(QMessageBox::Save);
    QTest::newRow("reload") << int(QMessageBox::Reset);
    QTest::newRow("cancel") << int(QMessageBox::Cancel);
}

// Another tool changed the definition after the editor loaded it: saving
// asks, never overwrites without a word.
void tst_XmlEditorPanel::changedMeanwhile()
{
    QFETCH(int, answer);
    auto panel = makePanel();
    QTRY_VERIFY(panel->isLoaded());
    typeAtEnd(panel->editor(), QStringLiteral("<!-- mine -->\n"));
    const QString mine = panel->text();
    const QString theirs = initial + QStringLiteral("<!-- theirs -->\n");
    m_definition = theirs;
    QStringList asked;
    MessageBox::setTestHook([&](QMessageBox::Icon, const QString &title, const QString &) {
        asked << title;
        return QMessageBox::StandardButton(answer);
    });
    bool done = false;
    bool ok = false;
    panel->save([&](bool saved) { ok = saved; done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(asked.size(), 1);
    if (answer == QMessageBox::Save) {
        QVERIFY(ok);
        QCOMPARE(m_saved, QStringList{mine});
    } else if (answer == QMessageBox::Reset) {
        QVERIFY(!ok);
        QVERIFY(m_saved.isEmpty());
        QCOMPARE(panel->text(), theirs);
        QVERIFY(!panel->isModified());
    } else {
        QVERIFY(!ok);
        QVERIFY(m_saved.isEmpty());
        QCOMPARE(panel->text(), mine);
    }
}

void tst_XmlEditorPanel::changedOutsideWhileEditing()
{
    auto panel = makePanel();
    QTRY_VERIFY(panel->isLoaded());
    // No edits: the new definition is shown at once.
    m_definition = initial + QStringLiteral("<!-- one -->\n");
    panel->definitionChanged();
    QTRY_COMPARE(panel->text(), m_definition);
    QVERIFY(panel->noticeBanner()->isHidden());
    // Edits: they stay, and a banner offers the new definition.
    typeAtEnd(panel->editor(), QStringLiteral("<!-- mine -->\n"));
    const QString mine = panel->text();
    m_definition = initial + QStringLiteral("<!-- two -->\n");
    panel->definitionChanged();
    QTRY_VERIFY(panel->noticeBanner()->isVisible());
    QVERIFY(panel->noticeBanner()->text().contains(QLatin1String("changed outside the editor")));
    QCOMPARE(panel->text(), mine);
    qobject_cast<QPushButton *>(panel->noticeBanner()->actionButton())->click();
    QCOMPARE(panel->text(), m_definition);
    QVERIFY(!panel->isModified());
}

void tst_XmlEditorPanel::closeWithUnsavedAsks()
{
    auto panel = makePanel();
    QTRY_VERIFY(panel->isLoaded());
    bool mayClose = false;
    // Nothing to save: no question.
    int asked = 0;
    MessageBox::setTestHook([&](QMessageBox::Icon, const QString &, const QString &) {
        ++asked;
        return QMessageBox::Cancel;
    });
    panel->confirmClose(this, [&](bool may) { mayClose = may; });
    QVERIFY(mayClose);
    QCOMPARE(asked, 0);

    typeAtEnd(panel->editor(), QStringLiteral("<!-- mine -->\n"));
    QTRY_VERIFY(QFile::exists(panel->draftPath()));
    panel->confirmClose(this, [&](bool may) { mayClose = may; });
    QCOMPARE(asked, 1);
    QVERIFY(!mayClose);
    QVERIFY(panel->isModified());

    MessageBox::setTestHook([&](QMessageBox::Icon, const QString &, const QString &) { return QMessageBox::Discard; });
    panel->confirmClose(this, [&](bool may) { mayClose = may; });
    QVERIFY(mayClose);
    QVERIFY(!QFile::exists(panel->draftPath()));
    QVERIFY(m_saved.isEmpty());

    typeAtEnd(panel->editor(), QStringLiteral("<!-- again -->\n"));
    MessageBox::setTestHook([&](QMessageBox::Icon, const QString &, const QString &) { return QMessageBox::Save; });
    bool answered = false;
    panel->confirmClose(this, [&](bool may) { mayClose = may; answered = true; });
    QTRY_VERIFY(answered);
    QVERIFY(mayClose);
    QCOMPARE(m_saved.size(), 1);
}

// The VM window on test:///default: closing it with unsaved XML asks, with a
// real window-modal box (open(), not exec()).
void tst_XmlEditorPanel::vmWindowCloseAsks()
{
    QPointer<Connection> c = new Connection(QStringLiteral("test:///default"));
    QVERIFY(openAndLoad(c));
    const QString uuid = QStringLiteral("6695eb01-f6a4-8304-79aa-97f2502e193f");
    QPointer<VmWindow> w = new VmWindow(c, uuid);
    w->show();
    w->showPage(VmWindow::XmlPage);
    XmlEditorPanel *panel = w->xmlEditor();
    QTRY_VERIFY(panel->isLoaded());
    QVERIFY(panel->text().contains(QLatin1String("<name>test</name>")));
    QCOMPARE(w->currentPage(), VmWindow::XmlPage);
    typeAtEnd(panel->editor(), QStringLiteral("<!-- unsaved -->\n"));

    {
        ModalScript cancel;
        cancel.expect<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        cancel.start();
        w->close();
        QTRY_VERIFY(cancel.done());
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(cancel.unexpected().isEmpty());
        QVERIFY(w);
        QVERIFY(w->isVisible());
        QVERIFY(panel->isModified());
    }

    ModalScript discard;
    discard.expect<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    discard.start();
    w->close();
    QTRY_VERIFY(discard.done());
    QTRY_VERIFY(!w);
    QVERIFY(discard.unexpected().isEmpty());
    delete c;
}

QTEST_MAIN(tst_XmlEditorPanel)
#include "tst_xmleditorpanel.moc"
