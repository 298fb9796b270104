#pragma once

// Private to models/: libvirt's objects held by RAII handles, so no function
// frees one by hand.

#include <QString>

#include <cstdlib>
#include <memory>
#include <vector>

#include <libvirt/libvirt.h>

// Frees what libvirt handed over with the function that goes with it.
template<auto Free>
struct FreeWith
{
    template<typename T>
    void operator()(T *p) const { Free(p); }
};

// T is the object type behind libvirt's vir*Ptr, Free its vir*Free.
template<typename T, auto Free>
using Handle = std::unique_ptr<T, FreeWith<Free>>;

using DomainHandle = Handle<virDomain, virDomainFree>;
// A reference of its own to a connection (virConnectRef), for a thread of its own.
using ConnectHandle = Handle<virConnect, virConnectClose>;
using SnapshotHandle = Handle<virDomainSnapshot, virDomainSnapshotFree>;
using NetworkHandle = Handle<virNetwork, virNetworkFree>;
using StoragePoolHandle = Handle<virStoragePool, virStoragePoolFree>;
using StorageVolHandle = Handle<virStorageVol, virStorageVolFree>;
using NodeDeviceHandle = Handle<virNodeDevice, virNodeDeviceFree>;
using StreamHandle = Handle<virStream, virStreamFree>;
using SecretHandle = Handle<virSecret, virSecretFree>;
using InterfaceHandle = Handle<virInterface, virInterfaceFree>;
using StatsRecordsHandle = Handle<virDomainStatsRecordPtr, virDomainStatsRecordListFree>;

inline void freeString(char *s)
{
    std::free(s);
}
using StringHandle = Handle<char, freeString>;

// A string libvirt allocated (XML, a host name...), as text; null is empty.
inline QString takeString(char *s)
{
    const StringHandle owned(s);
    return QString::fromUtf8(s);
}

// Takes over an array of objects libvirt allocated (virConnectListAll*,
// virDomainListAllSnapshots): each object in its handle, the array freed.
// n < 0, a failed call: empty.
template<typename H>
std::vector<H> adoptList(typename H::pointer *items, int n)
{
    std::vector<H> list;
    for (int i = 0; i < n; ++i)
        list.emplace_back(items[i]);
    std::free(items);
    return list;
}

// Typed parameters built with virTypedParamsAdd* or filled by libvirt, freed with them.
struct TypedParamList final
{
    virTypedParameterPtr params = nullptr;
    int count = 0;
    int max = 0;
    ~TypedParamList() { virTypedParamsFree(params, count); }
};
