#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

// What a failed libvirt (or host) call tells the user: libvirt's error code
// (virErrorNumber, 0 when the failure is not libvirt's) and its message.
struct Error
{
    int code = 0;
    QString message;
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
