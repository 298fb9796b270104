#pragma once

#include "connection.h"
#include "domaininfo.h"

#include <QPointer>
#include <QVector>

// A domain as the UI picked it: its connection and what the list knew of it.
struct DomainRef
{
    QPointer<Connection> connection;
    DomainInfo info;
};

using DomainRefs = QVector<DomainRef>;
