#include "portforward.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// The local port a remote SPICE display is reached through: every
// connection gets its own far side, bytes pass both ways unchanged, and a
// close on either side closes the other.
class tst_PortForward : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void relaysBothWays();
    void manyConnections();
    void farSideCloses();
    void connectorFails();
    void stopsWithOpenConnections();

private:
    PortForward::Connector toServer();

    QTcpServer *m_server = nullptr;
    QList<QTcpSocket *> m_accepted;
};

PortForward::Connector tst_PortForward::toServer()
{
    const quint16 port = m_server->serverPort();
    return [port]() -> Result<int> {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(port);
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
            if (fd >= 0)
                ::close(fd);
            return Error{0, QStringLiteral("connect failed")};
        }
        return fd;
    };
}

void tst_PortForward::init()
{
    m_server = new QTcpServer(this);
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    // An echo server that shouts back: what comes back was relayed both ways.
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            m_accepted << s;
            connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll().toUpper()); });
        }
    });
}

void tst_PortForward::cleanup()
{
    qDeleteAll(m_accepted);
    m_accepted.clear();
    delete m_server;
    m_server = nullptr;
}

void tst_PortForward::relaysBothWays()
{
    PortForward forward(toServer());
    const Result<int> port = forward.start();
    QVERIFY(port.ok());
    QVERIFY(port.value() > 0);
    QCOMPARE(forward.port(), port.value());

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(port.value()));
    QVERIFY(client.waitForConnected(10000));
    // Larger than every buffer on the way.
    QByteArray data;
    for (int i = 0; i < 200000; ++i)
        data += char('a' + i % 26);
    client.write(data);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += client.readAll()).size() >= data.size(), 20000);
    QCOMPARE(received, data.toUpper());
    QCOMPARE(forward.connectionCount(), 1);
}

void tst_PortForward::manyConnections()
{
    PortForward forward(toServer());
    const Result<int> port = forward.start();
    QVERIFY(port.ok());
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 6; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, quint16(port.value()));
        QVERIFY(clients.back()->waitForConnected(10000));
    }
    for (int i = 0; i < 6; ++i)
        clients[size_t(i)]->write(QByteArray("channel ") + QByteArray::number(i));
    for (int i = 0; i < 6; ++i) {
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += clients[size_t(i)]->readAll()).size() >= 9, 10000);
        QCOMPARE(got, QByteArray("CHANNEL ") + QByteArray::number(i));
    }
    QCOMPARE(forward.connectionCount(), 6);
    QCOMPARE(m_accepted.size(), 6);
    // The client goes: its far side goes too.
    clients.front()->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(forward.connectionCount(), 5, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_accepted.front()->state(), QAbstractSocket::UnconnectedState, 10000);
}

void tst_PortForward::farSideCloses()
{
    PortForward forward(toServer());
    const Result<int> port = forward.start();
    QVERIFY(port.ok());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(port.value()));
    QVERIFY(client.waitForConnected(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_accepted.size(), 1, 10000);
    // What the far side says before it closes still arrives.
    m_accepted.front()->write("bye");
    m_accepted.front()->disconnectFromHost();
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT((got += client.readAll()) == "bye", 10000);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(forward.connectionCount(), 0, 10000);
}

void tst_PortForward::connectorFails()
{
    PortForward forward([]() -> Result<int> { return Error{0, QStringLiteral("no SSH")}; });
    const Result<int> port = forward.start();
    QVERIFY(port.ok());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(port.value()));
    // Accepted, then closed: the client sees the far side refuse.
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
    QCOMPARE(forward.connectionCount(), 0);
}

void tst_PortForward::stopsWithOpenConnections()
{
    int port = 0;
    QTcpSocket client;
    {
        PortForward forward(toServer());
        port = forward.start().value();
        client.connectToHost(QHostAddress::LocalHost, quint16(port));
        QVERIFY(client.waitForConnected(10000));
        QTRY_COMPARE_WITH_TIMEOUT(forward.connectionCount(), 1, 10000);
    }
    // Gone with its object: the connection and the port.
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, quint16(port));
    QVERIFY(!late.waitForConnected(2000));
}

QTEST_GUILESS_MAIN(tst_PortForward)
#include "tst_portforward.moc"
