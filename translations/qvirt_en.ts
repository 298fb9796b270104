<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddHostDeviceDialog</name>
    <message numerus="yes">
        <source>IOMMU group %1 has %n device(s) that must go to the same VM together:</source>
        <translation>
            <numerusform>IOMMU group %1 has %n device:</numerusform>
            <numerusform>IOMMU group %1 has %n devices that must go to the same VM together:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add all %n devices of IOMMU group %1</source>
        <extracomment>Check box; only shown when the group has two or more devices; %1 is the group number</extracomment>
        <translation>
            <numerusform>Add the device of IOMMU group %1</numerusform>
            <numerusform>Add all %n devices of IOMMU group %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group&apos;s %n bridge(s) stay with the host and are not added.</source>
        <translation>
            <numerusform>The group&apos;s bridge stays with the host and is not added.</numerusform>
            <numerusform>The group&apos;s %n bridges stay with the host and are not added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free virtual function(s). A pool network hands a free one to each guest interface when the VM starts, so VMs need no fixed addresses.</source>
        <translation>
            <numerusform>%n free virtual function. A pool network hands a free one to each guest interface when the VM starts, so VMs need no fixed addresses.</numerusform>
            <numerusform>%n free virtual functions. A pool network hands a free one to each guest interface when the VM starts, so VMs need no fixed addresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Devices</source>
        <extracomment>Dialog button when two or more devices are chosen</extracomment>
        <translation>
            <numerusform>Add %n Device</numerusform>
            <numerusform>Add %n Devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A libvirt network that hands each guest interface one of the %n free virtual function(s) of %1.
Name:</source>
        <translation>
            <numerusform>A libvirt network that hands a guest interface the %n free virtual function of %1.
Name:</numerusform>
            <numerusform>A libvirt network that hands each guest interface one of the %n free virtual functions of %1.
Name:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipboardBridge</name>
    <message numerus="yes">
        <source>Copied %n character(s) from the guest.</source>
        <extracomment>Console status note; %n is a number of characters</extracomment>
        <translation>
            <numerusform>Copied %n character from the guest.</numerusform>
            <numerusform>Copied %n characters from the guest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleTyping</name>
    <message numerus="yes">
        <source>Typing %n character(s) into the guest…</source>
        <translation>
            <numerusform>Typing %n character into the guest…</numerusform>
            <numerusform>Typing %n characters into the guest…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>QVirt is about to type %n character(s) into the guest.</source>
        <translation>
            <numerusform>QVirt is about to type %n character into the guest.</numerusform>
            <numerusform>QVirt is about to type %n characters into the guest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes about %n second(s).</source>
        <translation>
            <numerusform>This takes about %n second.</numerusform>
            <numerusform>This takes about %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes about %n minute(s).</source>
        <translation>
            <numerusform>This takes about %n minute.</numerusform>
            <numerusform>This takes about %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CpuForm</name>
    <message numerus="yes">
        <source>The host has %n logical CPU(s).</source>
        <translation>
            <numerusform>The host has %n logical CPU.</numerusform>
            <numerusform>The host has %n logical CPUs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message numerus="yes">
        <source>Delete %1? Its definition, managed save, snapshot metadata and UEFI variables are removed.</source>
        <translation>
            <numerusform>Delete %1? Its definition, managed save, snapshot metadata and UEFI variables are removed.</numerusform>
            <numerusform>Delete %1? Their definitions, managed saves, snapshot metadata and UEFI variables are removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disk image(s) found. Nothing is deleted unless you tick the box above.</source>
        <translation>
            <numerusform>%n disk image found. Nothing is deleted unless you tick the box above.</numerusform>
            <numerusform>%n disk images found. Nothing is deleted unless you tick the box above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplaySwitchDialog</name>
    <message numerus="yes">
        <source>%n USB redirection device(s) that work only through SPICE are removed.</source>
        <translation>
            <numerusform>%n USB redirection device that works only through SPICE is removed.</numerusform>
            <numerusform>%n USB redirection devices that work only through SPICE are removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostDeviceModel</name>
    <message numerus="yes">
        <source>%n device(s) on host drivers</source>
        <translation>
            <numerusform>%n device on host drivers</numerusform>
            <numerusform>%n devices on host drivers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SR-IOV physical function with %n virtual function(s).</source>
        <translation>
            <numerusform>SR-IOV physical function with %n virtual function.</numerusform>
            <numerusform>SR-IOV physical function with %n virtual functions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleController</name>
    <message numerus="yes">
        <source>Save %n Virtual Machines to Folder</source>
        <translation>
            <numerusform>Save %n Virtual Machine to Folder</numerusform>
            <numerusform>Save %n Virtual Machines to Folder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n virtual machine(s) selected</source>
        <translation>
            <numerusform>%n virtual machine selected</numerusform>
            <numerusform>%n virtual machines selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OsDatabase</name>
    <message numerus="yes">
        <source>Reading the ISO image %1 took longer than %n second(s). Check that the disk holding it answers, or choose the operating system from the list.</source>
        <translation>
            <numerusform>Reading the ISO image %1 took longer than %n second. Check that the disk holding it answers, or choose the operating system from the list.</numerusform>
            <numerusform>Reading the ISO image %1 took longer than %n seconds. Check that the disk holding it answers, or choose the operating system from the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the install tree at %1 took longer than %n second(s). Check the address and the network, or choose the operating system from the list.</source>
        <translation>
            <numerusform>Reading the install tree at %1 took longer than %n second. Check the address and the network, or choose the operating system from the list.</numerusform>
            <numerusform>Reading the install tree at %1 took longer than %n seconds. Check the address and the network, or choose the operating system from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassthroughReadiness</name>
    <message numerus="yes">
        <source>%n IOMMU group(s) present.</source>
        <translation>
            <numerusform>%n IOMMU group present.</numerusform>
            <numerusform>%n IOMMU groups present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n graphics card(s), none held by a host display driver.</source>
        <translation>
            <numerusform>%n graphics card, not held by a host display driver.</numerusform>
            <numerusform>%n graphics cards, none held by a host display driver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>libvirt lists %n PCI device(s), none of them in an IOMMU group.</source>
        <translation>
            <numerusform>libvirt lists %n PCI device, and it is not in an IOMMU group.</numerusform>
            <numerusform>libvirt lists %n PCI devices, none of them in an IOMMU group.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message numerus="yes">
        <source>The host has %n CPU(s): more vCPUs than that make the VM slower, not faster.</source>
        <translation>
            <numerusform>The host has %n CPU: more vCPUs than that make the VM slower, not faster.</numerusform>
            <numerusform>The host has %n CPUs: more vCPUs than that make the VM slower, not faster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s).</source>
        <translation>
            <numerusform>The host has %n CPU.</numerusform>
            <numerusform>The host has %n CPUs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotTreeModel</name>
    <message numerus="yes">
        <source>Snapshots (%n)</source>
        <translation>
            <numerusform>Snapshots (%n)</numerusform>
            <numerusform>Snapshots (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VmWindow</name>
    <message numerus="yes">
        <source>%1 (%2, %3): %4 on %n backing file(s)</source>
        <extracomment>%1 target (vda), %2 device, %3 format, %4 the image, %n how many images lie under it.</extracomment>
        <translation>
            <numerusform>%1 (%2, %3): %4 on %n backing file</numerusform>
            <numerusform>%1 (%2, %3): %4 on %n backing files</numerusform>
        </translation>
    </message>
</context>
</TS>
