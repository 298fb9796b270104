#include "consolepanel.h"
#include "consoletyping.h"
#include "keytyper.h"
#include "messagebox.h"
#include "typetextdialog.h"
#include "vncclient.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

#include "testvncserver.h"

#include <rfb/rfb.h>

#include <mutex>

using TypingKeymap::Layout;

// The console's typing: its menu actions, the questions before long or partly
// untypable text, the layout remembered per VM, the progress strip and its
// Cancel, against the in-process LibVNCServer (keysym events).
class tst_ConsoleTyping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void nothingWhileNotConnected();
    void layoutRememberedPerVm();
    void shortTextTypedAtOnce();
    void longTextAsksFirst_data();
    void longTextAsksFirst();
    void untypableCharactersNamed();
    void nothingTypable();
    void cancelButtonStops();
    void clipboardText();
    void typeTextDialog();
    void sendKeyMenuHoldsTheActions();

private:
    QString typedKeysyms(); // "abc" for the keys pressed so far, without Shift and AltGr
    struct Box
    {
        QMessageBox::Icon icon;
        QString title, text;
    };

    rfbScreenInfoPtr m_screen = nullptr;
    QByteArray m_fb;
    VncClient *m_client = nullptr;
    QVector<Box> m_boxes;
    QMessageBox::StandardButton m_answer = QMessageBox::Yes;
    static inline std::mutex s_mutex;
    static inline QVector<quint32> s_pressed; // keysyms of key-down events
};

namespace {
const QString kUuid = QStringLiteral("6f1d2a3b-0000-4000-8000-000000000001");
const QString kOtherUuid = QStringLiteral("6f1d2a3b-0000-4000-8000-000000000002");
} // namespace

void tst_ConsoleTyping::initTestCase()
{
    int argc = 0;
    m_screen = rfbGetScreen(&argc, nullptr, 64, 48, 8, 3, 4);
    QVERIFY(m_screen);
    m_fb = QByteArray(64 * 48 * 4, '\0');
    m_screen->frameBuffer = m_fb.data();
    m_screen->cursor = nullptr;
    TestVncServer::listenOnEphemeralPort(m_screen);
    m_screen->httpPort = 0;
    m_screen->kbdAddEvent = [](rfbBool down, rfbKeySym key, rfbClientPtr) {
        if (down) {
            std::lock_guard lock(s_mutex);
            s_pressed.append(quint32(key));
        }
    };
    TestVncServer::countClients(m_screen);
    rfbLogEnable(0);
    rfbInitServer(m_screen);
    rfbRunEventLoop(m_screen, 5000, TRUE);
    MessageBox::setTestHook([this](QMessageBox::Icon icon, const QString &title, const QString &text) {
        m_boxes.append({icon, title, text});
        return m_answer;
    });
}

void tst_ConsoleTyping::cleanupTestCase()
{
    MessageBox::setTestHook({});
    QVERIFY(TestVncServer::shutDown(m_screen));
}

void tst_ConsoleTyping::init()
{
    QSettings().remove(QStringLiteral("console"));
    m_boxes.clear();
    m_answer = QMessageBox::Yes;
    {
        std::lock_guard lock(s_mutex);
        s_pressed.clear();
    }
    m_client = new VncClient;
    m_client->connectToHost(QStringLiteral("127.0.0.1"), m_screen->port, {});
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), VncClient::State::Connected, 10000);
}

void tst_ConsoleTyping::cleanup()
{
    delete std::exchange(m_client, nullptr);
    // The server lets each client go before the next test's connects.
    QTRY_COMPARE_WITH_TIMEOUT(TestVncServer::clients().load(), 0, 10000);
}

QString tst_ConsoleTyping::typedKeysyms()
{
    std::lock_guard lock(s_mutex);
    QString s;
    for (quint32 k : std::as_const(s_pressed)) {
        if (k != 0xffe1 && k != 0xfe03) // Shift, AltGr
            s += k == 0xff0d ? QStringLiteral("⏎") : QString(QChar(char16_t(k)));
    }
    return s;
}

void tst_ConsoleTyping::nothingWhileNotConnected()
{
    VncClient idle;
    ConsoleTyping typing(nullptr, kUuid, &idle);
    auto *clipboard = typing.findChild<QAction *>(QStringLiteral("consoleTypeClipboard"));
    auto *text = typing.findChild<QAction *>(QStringLiteral("consoleTypeText"));
    QVERIFY(clipboard && text);
    QVERIFY(!clipboard->isEnabled());
    QVERIFY(!text->isEnabled());
    typing.typeText(QStringLiteral("abc"));
    QVERIFY(!typing.typer()->isTyping());
    QVERIFY(m_boxes.isEmpty());

    ConsoleTyping connected(nullptr, kUuid, m_client);
    QVERIFY(connected.findChild<QAction *>(QStringLiteral("consoleTypeText"))->isEnabled());
    m_client->disconnectFromServer();
    QVERIFY(!connected.findChild<QAction *>(QStringLiteral("consoleTypeText"))->isEnabled());
}

void tst_ConsoleTyping::layoutRememberedPerVm()
{
    {
        ConsoleTyping typing(nullptr, kUuid, m_client);
        QCOMPARE(typing.guestLayout(), Layout::US); // no keymap attribute, nothing chosen
        auto *fr = typing.findChild<QAction *>(QStringLiteral("consoleTypingLayout_fr"));
        QVERIFY(fr);
        QVERIFY(!fr->isChecked());
        fr->trigger();
        QCOMPARE(typing.guestLayout(), Layout::FR);
        QVERIFY(fr->isChecked());
        QVERIFY(!typing.findChild<QAction *>(QStringLiteral("consoleTypingLayout_us"))->isChecked());
    }
    ConsoleTyping again(nullptr, kUuid, m_client);
    QCOMPARE(again.guestLayout(), Layout::FR);
    QVERIFY(again.findChild<QAction *>(QStringLiteral("consoleTypingLayout_fr"))->isChecked());
    ConsoleTyping other(nullptr, kOtherUuid, m_client);
    QCOMPARE(other.guestLayout(), Layout::US);
}

void tst_ConsoleTyping::shortTextTypedAtOnce()
{
    ConsoleTyping typing(nullptr, kUuid, m_client);
    typing.typer()->setEventsPerSecond(200);
    QSignalSpy finished(typing.typer(), &KeyTyper::finished);
    typing.typeText(QStringLiteral("Hi!"));
    QVERIFY(m_boxes.isEmpty());
    QVERIFY(typing.typer()->isTyping());
    QVERIFY(!typing.isHidden()); // the progress strip
    QVERIFY(!typing.findChild<QAction *>(QStringLiteral("consoleTypeText"))->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTRY_COMPARE(typedKeysyms(), QStringLiteral("Hi!"));
    QVERIFY(typing.isHidden());
    QVERIFY(typing.findChild<QAction *>(QStringLiteral("consoleTypeText"))->isEnabled());
}

void tst_ConsoleTyping::longTextAsksFirst_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("said"); // without the English plural catalogue: "second(s)"
    QTest::newRow("201 characters") << QString(201, QLatin1Char('a'))
                                    << QStringList{QStringLiteral("201 character"), QStringLiteral("about 5 second")};
    QTest::newRow("line breaks") << QStringLiteral("ls\r\nexit\n")
                                 << QStringList{QStringLiteral("8 character"), QStringLiteral("Enter")};
}

void tst_ConsoleTyping::longTextAsksFirst()
{
    QFETCH(QString, text);
    QFETCH(QStringList, said);
    ConsoleTyping typing(nullptr, kUuid, m_client);
    typing.typer()->setEventsPerSecond(100);
    m_answer = QMessageBox::Cancel;
    typing.typeText(text);
    QCOMPARE(m_boxes.size(), 1);
    for (const QString &s : std::as_const(said))
        QVERIFY2(m_boxes.first().text.contains(s), qPrintable(m_boxes.first().text));
    QVERIFY(!typing.typer()->isTyping()); // declined

    m_answer = QMessageBox::Yes;
    typing.typeText(text);
    QCOMPARE(m_boxes.size(), 2);
    QVERIFY(typing.typer()->isTyping());
    typing.cancel();
    QVERIFY(!typing.typer()->isTyping());
}

void tst_ConsoleTyping::untypableCharactersNamed()
{
    ConsoleTyping typing(nullptr, kUuid, m_client);
    typing.typer()->setEventsPerSecond(200);
    QSignalSpy finished(typing.typer(), &KeyTyper::finished);
    typing.typeText(QStringLiteral("héllo\u00a0ñ"));
    QCOMPARE(m_boxes.size(), 1);
    const QString text = m_boxes.first().text;
    QVERIFY2(text.contains(QStringLiteral("English (US)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("é")) && text.contains(QStringLiteral("ñ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("U+00A0")), qPrintable(text)); // invisible ones by code point
    QVERIFY2(!text.contains(QStringLiteral("second")), qPrintable(text)); // short and one line
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTRY_COMPARE(typedKeysyms(), QStringLiteral("hllo"));
}

void tst_ConsoleTyping::nothingTypable()
{
    ConsoleTyping typing(nullptr, kUuid, m_client);
    typing.setGuestLayout(Layout::JP);
    typing.typeText(QStringLiteral("éé"));
    QCOMPARE(m_boxes.size(), 1);
    QCOMPARE(m_boxes.first().icon, QMessageBox::Information);
    QVERIFY2(m_boxes.first().text.contains(QStringLiteral("Japanese")), qPrintable(m_boxes.first().text));
    QVERIFY(!typing.typer()->isTyping());
}

void tst_ConsoleTyping::cancelButtonStops()
{
    ConsoleTyping typing(nullptr, kUuid, m_client);
    typing.typer()->setEventsPerSecond(20);
    QSignalSpy finished(typing.typer(), &KeyTyper::finished);
    typing.typeText(QString(150, QLatin1Char('x')));
    QVERIFY(m_boxes.isEmpty()); // up to 200 characters on one line: no question
    QVERIFY(typing.typer()->isTyping());
    auto *progress = typing.findChild<QProgressBar *>(QStringLiteral("consoleTypingProgress"));
    QVERIFY(progress);
    QCOMPARE(progress->maximum(), 300);
    QTRY_VERIFY(progress->value() >= 2);
    auto *cancel = typing.findChild<QPushButton *>(QStringLiteral("consoleTypingCancel"));
    QVERIFY(cancel);
    QVERIFY(!cancel->accessibleName().isEmpty());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(typing.isHidden());
    QVERIFY(typing.typer()->sent() < 300);
}

void tst_ConsoleTyping::clipboardText()
{
    ConsoleTyping typing(nullptr, kUuid, m_client);
    typing.typer()->setEventsPerSecond(200);
    QGuiApplication::clipboard()->setText(QString());
    typing.findChild<QAction *>(QStringLiteral("consoleTypeClipboard"))->trigger();
    QCOMPARE(m_boxes.size(), 1); // says there is nothing to type
    QVERIFY(!typing.typer()->isTyping());

    QSignalSpy finished(typing.typer(), &KeyTyper::finished);
    QGuiApplication::clipboard()->setText(QStringLiteral("pass"));
    typing.findChild<QAction *>(QStringLiteral("consoleTypeClipboard"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTRY_COMPARE(typedKeysyms(), QStringLiteral("pass"));
}

void tst_ConsoleTyping::typeTextDialog()
{
    QWidget window;
    auto *typing = new ConsoleTyping(nullptr, kUuid, m_client, &window);
    typing->typer()->setEventsPerSecond(200);
    window.show();
    typing->findChild<QAction *>(QStringLiteral("consoleTypeText"))->trigger();
    auto *dialog = window.findChild<TypeTextDialog *>(QStringLiteral("typeTextDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->guestLayout(), Layout::US);
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("typeTextEdit"));
    auto *layout = dialog->findChild<QComboBox *>(QStringLiteral("typeTextLayout"));
    QVERIFY(edit && layout);
    QVERIFY(!edit->accessibleName().isEmpty());
    QVERIFY(!layout->accessibleName().isEmpty());
    QCOMPARE(layout->count(), 4);
    edit->setPlainText(QStringLiteral("azerty"));
    layout->setCurrentIndex(layout->findData(QStringLiteral("fr")));
    QSignalSpy finished(typing->typer(), &KeyTyper::finished);
    dialog->accept();
    QCOMPARE(typing->guestLayout(), Layout::FR); // remembered
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTRY_COMPARE(typedKeysyms(), QStringLiteral("azerty"));
    QTRY_VERIFY(!window.findChild<TypeTextDialog *>()); // closed and gone
    QVERIFY(m_boxes.isEmpty());

    // The console disconnected while the dialog was open: said, nothing typed.
    typing->findChild<QAction *>(QStringLiteral("consoleTypeText"))->trigger();
    dialog = window.findChild<TypeTextDialog *>(QStringLiteral("typeTextDialog"));
    QVERIFY(dialog);
    dialog->setText(QStringLiteral("more"));
    m_client->disconnectFromServer();
    dialog->accept();
    QCOMPARE(m_boxes.size(), 1);
    QVERIFY2(m_boxes.first().text.contains(QLatin1String("not")), qPrintable(m_boxes.first().text));
    QVERIFY(!typing->typer()->isTyping());
}

void tst_ConsoleTyping::sendKeyMenuHoldsTheActions()
{
    ConsolePanel panel(nullptr, kUuid);
    auto *sendKey = panel.findChild<QToolButton *>(QStringLiteral("consoleSendKey"));
    QVERIFY(sendKey && sendKey->menu());
    auto names = [sendKey] {
        QStringList n;
        for (QAction *a : sendKey->menu()->actions())
            if (!a->objectName().isEmpty())
                n << a->objectName();
            else if (a->menu())
                n << a->menu()->objectName();
        return n;
    };
    const QStringList expected{QStringLiteral("consoleTypeClipboard"), QStringLiteral("consoleTypeText"),
                               QStringLiteral("consoleTypingLayoutMenu")};
    QCOMPARE(names(), expected);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&panel, &change); // the menu is rebuilt
    QCOMPARE(names(), expected);
    QVERIFY(panel.typing());
    QVERIFY(!panel.findChild<QAction *>(QStringLiteral("consoleTypeText"))->isEnabled()); // not connected
}

QTEST_MAIN(tst_ConsoleTyping)
#include "tst_consoletyping.moc"
