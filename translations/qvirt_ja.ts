<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host.example.com or host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the built-in test host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the &amp;URI directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UR&amp;I:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect automatically when QVirt starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Driver Host File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH (ssh command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH (libssh, asks for passwords here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Status message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage KVM/QEMU virtual machines through libvirt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the libvirt URI (for example qemu:///system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the console of the virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the hardware of the virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the snapshots of the virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the overview of the virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the host summary of the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (for example zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the URI &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of the --show-… options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected, retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <source>The URI is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URI contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URI has no &quot;driver://&quot; prefix, as in qemu:///system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URI is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver name &quot;%1&quot; has characters libvirt does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote transport (%1) needs a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LXC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <source>The host closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host stopped answering (keepalive timed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed with an I/O error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the host was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown libvirt error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is not in a libvirt storage pool on the remote host, so it cannot be deleted from here. Remove it on the host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Also delete the selected disk images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Virtual Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? Its definition, managed save, snapshot metadata and UEFI variables are removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Running now, will be forced off first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by other virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the disk images and their backing chains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (CD/DVD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (backing file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting this image breaks the virtual machines that use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk images could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n disk image(s) found. Nothing is deleted unless you tick the box above.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No disk images found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainListModel</name>
    <message>
        <source>Unknown</source>
        <comment>domain state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <comment>domain state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>domain state (blocked on I/O)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>domain state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down</source>
        <comment>domain state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <comment>domain state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <comment>domain state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>domain state (guest power management)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>domain state: managed save image exists</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>%1 — Host Details — QVirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host details could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libvirt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 logical CPUs at %3 MHz (%4 sockets, %5 cores, %6 threads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 defined, %2 running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleController</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Managed Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at Host Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Not Start at Host Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running virtual machine can be shut down or rebooted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running virtual machine can be paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transient virtual machine has no managed save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine has no managed save image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transient virtual machine cannot start at host boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These virtual machines could not be started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These virtual machines could not be shut down:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These virtual machines could not be rebooted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These virtual machines could not be forced off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These virtual machines could not be reset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These virtual machines could not be paused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These virtual machines could not be resumed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of these virtual machines could not be saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The managed save of these virtual machines could not be removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart could not be changed for these virtual machines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that each virtual machine is in a state that allows this action, and see the host&apos;s libvirt log (/var/log/libvirt/) for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force off %1?

This is like pulling the power plug: the guest loses everything it has not written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1?

This is like pressing the reset button: the guest loses everything it has not written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path on the host %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of these virtual machines could not be saved to a file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 to File</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save %n Virtual Machines to Folder</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Virtual Machine from File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a saved virtual machine state that this host can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file written by &quot;Save to File&quot; (virsh save) on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running. Restoring the saved state forces it off first; whatever it has not written to disk is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force Off and Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running virtual machine could not be forced off, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine could not be restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is kept. Check that the disks it refers to still exist, and the host&apos;s libvirt log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut %1 off first: libvirt renames only virtual machines that are not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Virtual Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a name no other virtual machine on this host uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting did not fully succeed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image %2 was not deleted: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from QVirt? Its virtual machines keep running; only QVirt forgets the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QVirt Virtual Machine Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show virtual machines in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>filter: domains in paused state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QVirt could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URI, that the host is reachable and libvirtd runs there, and your login. Your other connections are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: disconnected, retrying. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not connect. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageGraph</name>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmWindow</name>
    <message>
        <source>CPU usage (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; no longer exists on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded console is not built yet in this version of QVirt.
Meanwhile, open the screen with: virt-viewer --connect %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot management is not built yet in this version of QVirt.
Meanwhile: virsh --connect %1 snapshot-list %2 --tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hardware editor is not built yet in this version of QVirt.
Meanwhile: virsh --connect %1 edit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 — QVirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (managed save present: starting resumes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (transient: gone when it stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration could not be parsed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>on %n backing file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port chosen at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no virtual machine named &quot;%1&quot; on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
