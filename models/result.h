#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

// What a failed libvirt (or host) call tells the user: libvirt's error code
// (virErrorNumber, 0 when the failure is not libvirt's) and its message.
// Decisions are taken on the numbers, never on the message: libvirt
// translates its messages, and so does QVirt.
struct Error
{
    // What the user can do instead, decided where the failure was met.
    enum class Alternative {
        None,
        ExternalSnapshot, // an internal snapshot is impossible here; an external one is not
        SpiceDisplay,     // the display is SPICE only: a SPICE client, or switching it to VNC
    };

    int code = 0;
    QString message;
    int domain = 0;  // virErrorDomain: which part of libvirt failed (VIR_FROM_QEMU...)
    int osErrno = 0; // for VIR_ERR_SYSTEM_ERROR, the errno libvirt met (ENOSPC...)
    Alternative alternative = Alternative::None;
};

// The value of a fallible call or the error that stopped it. Crosses threads
// by value inside a QFuture; never throws.
template<typename T>
class Result
{
public:
    Result() : m_data(Error{-1, QStringLiteral("no result")}) {}
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using VoidResult = Result<void>;
