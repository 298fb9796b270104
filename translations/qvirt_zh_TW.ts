<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AddConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>新增連線</translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>虛擬機器管理程式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>傳輸方式(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>主機(&amp;O)：</translation>
    </message>
    <message>
        <source>host.example.com or host:port</source>
        <translation>host.example.com 或 host:port</translation>
    </message>
    <message>
        <source>Host &amp;file:</source>
        <translation>主機檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>empty: the built-in test host</source>
        <translation>留空：使用內建測試主機</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Enter the &amp;URI directly</source>
        <translation>直接輸入 URI(&amp;U)</translation>
    </message>
    <message>
        <source>UR&amp;I:</source>
        <translation>URI(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Connect automatically when QVirt starts</source>
        <translation>QVirt 啟動時自動連線(&amp;C)</translation>
    </message>
    <message>
        <source>Test Driver Host File</source>
        <translation>測試驅動程式主機檔案</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML 檔案 (*.xml)</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM 使用者工作階段</translation>
    </message>
    <message>
        <source>Test driver</source>
        <translation>測試驅動程式</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>SSH (ssh command)</source>
        <translation>SSH（ssh 指令）</translation>
    </message>
    <message>
        <source>SSH (libssh, asks for passwords here)</source>
        <translation>SSH（libssh，在此詢問密碼）</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TCP (unencrypted)</source>
        <translation>TCP（未加密）</translation>
    </message>
    <message>
        <source>Cannot use &quot;%1&quot;: %2</source>
        <translation>無法使用「%1」：%2</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Status message</source>
        <translation>狀態訊息</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage KVM/QEMU virtual machines through libvirt.</source>
        <translation>透過 libvirt 管理 KVM/QEMU 虛擬機器。</translation>
    </message>
    <message>
        <source>Connect to the libvirt URI (for example qemu:///system).</source>
        <translation>連線至 libvirt URI（例如 qemu:///system）。</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Show the console of the virtual machine.</source>
        <translation>顯示虛擬機器的主控台。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Show the hardware of the virtual machine.</source>
        <translation>顯示虛擬機器的硬體。</translation>
    </message>
    <message>
        <source>Show the snapshots of the virtual machine.</source>
        <translation>顯示虛擬機器的快照。</translation>
    </message>
    <message>
        <source>Show the overview of the virtual machine.</source>
        <translation>顯示虛擬機器的概觀。</translation>
    </message>
    <message>
        <source>Show the host summary of the connection.</source>
        <translation>顯示該連線的主機摘要。</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (for example zh_CN).</source>
        <translation>使用此語言，而非系統語言（例如 zh_TW）。</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>地區設定</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>非預期的引數：%1</translation>
    </message>
    <message>
        <source>Cannot use the URI &quot;%1&quot;: %2</source>
        <translation>無法使用 URI「%1」：%2</translation>
    </message>
    <message>
        <source>Give only one of the --show-… options.</source>
        <translation>只能指定一個 --show-… 選項。</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>Disconnected, retrying…</source>
        <translation>連線中斷，正在重試…</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>連線失敗</translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <source>The URI is empty.</source>
        <translation>URI 是空的。</translation>
    </message>
    <message>
        <source>The URI contains a space.</source>
        <translation>URI 含有空格。</translation>
    </message>
    <message>
        <source>The URI has no &quot;driver://&quot; prefix, as in qemu:///system.</source>
        <translation>URI 缺少「driver://」前綴（如 qemu:///system）。</translation>
    </message>
    <message>
        <source>The URI is malformed: %1</source>
        <translation>URI 格式錯誤：%1</translation>
    </message>
    <message>
        <source>The driver name &quot;%1&quot; has characters libvirt does not accept.</source>
        <translation>驅動程式名稱「%1」含有 libvirt 不接受的字元。</translation>
    </message>
    <message>
        <source>A remote transport (%1) needs a host name.</source>
        <translation>遠端傳輸方式（%1）需要主機名稱。</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM 使用者工作階段</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>LXC</source>
        <translation>LXC</translation>
    </message>
    <message>
        <source>Xen</source>
        <translation>Xen</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>測試：%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <source>The host closed the connection.</source>
        <translation>主機關閉了連線。</translation>
    </message>
    <message>
        <source>The host stopped answering (keepalive timed out).</source>
        <translation>主機已停止回應（keepalive 逾時）。</translation>
    </message>
    <message>
        <source>The connection failed with an I/O error.</source>
        <translation>連線因 I/O 錯誤而失敗。</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>連線已關閉。</translation>
    </message>
    <message>
        <source>The connection could not be opened.</source>
        <translation>無法開啟連線。</translation>
    </message>
    <message>
        <source>The connection to the host was lost.</source>
        <translation>與主機的連線已中斷。</translation>
    </message>
    <message>
        <source>Unknown libvirt error.</source>
        <translation>不明的 libvirt 錯誤。</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>未連線至 %1。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>檔案不存在。</translation>
    </message>
    <message>
        <source>The image is not in a libvirt storage pool on the remote host, so it cannot be deleted from here. Remove it on the host.</source>
        <translation>此映像檔不在遠端主機的 libvirt 儲存池中，因此無法從這裡刪除。請在該主機上移除。</translation>
    </message>
    <message>
        <source>The virtual machine is not running.</source>
        <translation>虛擬機器未在執行。</translation>
    </message>
    <message>
        <source>This virtual machine has only a SPICE display; QVirt&apos;s console speaks VNC. Add a VNC display or use remote-viewer.</source>
        <translation>此虛擬機器只有 SPICE 圖形顯示，而 QVirt 的主控台使用 VNC。請新增 VNC 圖形顯示，或使用 remote-viewer。</translation>
    </message>
    <message>
        <source>This virtual machine has no graphical display.</source>
        <translation>此虛擬機器沒有圖形顯示。</translation>
    </message>
    <message>
        <source>The VNC display has no TCP port and libvirt could not hand over its socket.</source>
        <translation>此 VNC 圖形顯示沒有 TCP 連接埠，且 libvirt 無法轉交其通訊端。</translation>
    </message>
    <message>
        <source>The SSH tunnel to the display could not start: %1</source>
        <translation>無法啟動通往圖形顯示的 SSH 通道：%1</translation>
    </message>
    <message>
        <source>The VNC display listens only on the remote host&apos;s loopback address and this connection does not use SSH. Connect with qemu+ssh:// or make the display listen on a reachable address.</source>
        <translation>此 VNC 圖形顯示只在遠端主機的回送位址上接聽，而此連線未使用 SSH。請使用 qemu+ssh:// 連線，或讓圖形顯示在可連上的位址上接聽。</translation>
    </message>
    <message>
        <source>An internal snapshot lives inside qcow2 images, and disk %1 is %2. Take an external snapshot instead.</source>
        <translation>內部快照儲存在 qcow2 映像檔內，而磁碟 %1 的格式為 %2。請改為建立外部快照。</translation>
    </message>
    <message>
        <source>This QEMU build cannot take live external snapshots. Shut the virtual machine off and take the snapshot then, or install a QEMU with live snapshot support (qemu-kvm-ev on CentOS 7).</source>
        <translation>此 QEMU 版本無法在虛擬機器執行中建立外部快照（即時快照）。請先將虛擬機器關機再建立快照，或安裝支援即時快照的 QEMU（CentOS 7 上為 qemu-kvm-ev）。</translation>
    </message>
    <message>
        <source>UEFI firmware keeps its variables outside the disk images, so libvirt cannot take an internal snapshot of this running virtual machine. Take an external snapshot instead.</source>
        <translation>UEFI 韌體將其變數儲存在磁碟映像檔之外，因此 libvirt 無法為這台執行中的虛擬機器建立內部快照。請改為建立外部快照。</translation>
    </message>
    <message>
        <source>An external snapshot&apos;s overlay holds data written since; it goes away only by merging it into its backing file (block commit), and libvirt could not do that here. Nothing was changed.</source>
        <translation>外部快照的覆蓋檔案保存了快照之後寫入的資料；只有將其合併至後備檔案（block commit）才能移除，而 libvirt 在此無法完成此操作。未進行任何變更。</translation>
    </message>
    <message>
        <source>Merging images needs the virtual machine running: QEMU does the work. Start it first.</source>
        <translation>合併映像檔需要虛擬機器處於執行狀態：合併工作由 QEMU 執行。請先啟動虛擬機器。</translation>
    </message>
    <message>
        <source>The host&apos;s disk is full. Free space there, then merge again; every image is still valid.</source>
        <translation>主機磁碟已滿。請在主機上釋放空間後再重新合併；所有映像檔仍然有效。</translation>
    </message>
    <message>
        <source>libvirt could not revert to this external snapshot. Nothing was changed.</source>
        <translation>libvirt 無法還原到此外部快照。未做任何變更。</translation>
    </message>
    <message>
        <source>Shut the virtual machine off first: reverting to an external snapshot replaces its disks.</source>
        <translation>請先關閉虛擬機器：還原到外部快照會取代它的磁碟。</translation>
    </message>
    <message>
        <source>QVirt reverts external snapshots only on local hosts, where it can create the new overlay files.</source>
        <translation>QVirt 只在本機主機上還原外部快照，因為需要在那裡建立新的覆蓋檔案。</translation>
    </message>
    <message>
        <source>The image under the snapshot&apos;s overlay %1 could not be found, so the state at the snapshot is unknown. Nothing was changed.</source>
        <translation>找不到快照覆蓋檔案 %1 下方的映像檔，因此無法得知快照時的狀態。未做任何變更。</translation>
    </message>
    <message>
        <source>The new overlay %1 could not be created: %2. Nothing was changed.</source>
        <translation>無法建立新的覆蓋檔案 %1：%2。未做任何變更。</translation>
    </message>
    <message>
        <source>Disk %1 of the snapshot is no longer in the virtual machine. Nothing was changed.</source>
        <translation>快照中的磁碟 %1 已不在此虛擬機器中。未做任何變更。</translation>
    </message>
    <message>
        <source>The disks were reverted, but the memory state in %1 could not be restored: %2. The virtual machine is off; start it to boot from the reverted disks.</source>
        <translation>磁碟已還原，但無法還原 %1 中的記憶體狀態：%2。虛擬機器處於關機狀態；啟動它即可從還原後的磁碟開機。</translation>
    </message>
</context>
<context>
    <name>ConsolePanel</name>
    <message>
        <source>Fit to window</source>
        <translation>符合視窗大小</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>實際大小（1:1）</translation>
    </message>
    <message>
        <source>Resize guest to window</source>
        <translation>調整客體系統解析度以符合視窗</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>Automatic uses raw pixels on local links (no lag, no decoding) and Tight on remote ones.</source>
        <translation>「自動」在本機連線上使用 Raw 原始像素（無延遲、無需解碼），在遠端連線上使用 Tight。</translation>
    </message>
    <message>
        <source>Send Key</source>
        <translation>傳送按鍵</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation>擷取畫面…</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>全螢幕</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>分離</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>VNC password</source>
        <translation>VNC 密碼</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Ctrl+Alt+Backspace</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation>Ctrl+Alt+F%1</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Print Screen</translation>
    </message>
    <message>
        <source>The virtual machine is not running. Start it to see its screen.</source>
        <translation>虛擬機器未在執行。請啟動虛擬機器以檢視其畫面。</translation>
    </message>
    <message>
        <source>Connecting to the display…</source>
        <translation>正在連線至圖形顯示…</translation>
    </message>
    <message>
        <source>The console cannot open: %1</source>
        <translation>無法開啟主控台：%1</translation>
    </message>
    <message>
        <source>The VNC server refused the password. Enter the display&apos;s password.</source>
        <translation>VNC 伺服器拒絕了此密碼。請輸入圖形顯示的密碼。</translation>
    </message>
    <message>
        <source>The display closed (%1). Reconnecting…</source>
        <translation>圖形顯示已關閉（%1）。正在重新連線…</translation>
    </message>
    <message>
        <source>The console could not connect: %1</source>
        <translation>主控台無法連線：%1</translation>
    </message>
    <message>
        <source>Connected · %1 · %2×%3 · %4 updates/s · %5 kB/s</source>
        <translation>已連線 · %1 · %2×%3 · %4 次更新/秒 · %5 kB/s</translation>
    </message>
    <message>
        <source>Keyboard grabbed: press Ctrl+Alt to release</source>
        <translation>鍵盤已被擷取：按 Ctrl+Alt 釋放</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>儲存擷取畫面</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>擷取畫面</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1.</source>
        <translation>無法將擷取畫面儲存至 %1。</translation>
    </message>
    <message>
        <source>The folder may not exist or not be writable.</source>
        <translation>該資料夾可能不存在或無法寫入。</translation>
    </message>
    <message>
        <source>Choose another place.</source>
        <translation>請選擇其他位置。</translation>
    </message>
    <message>
        <source>Leave Fullscreen</source>
        <translation>結束全螢幕</translation>
    </message>
    <message>
        <source>JPEG quality </source>
        <translation>JPEG 品質 </translation>
    </message>
    <message>
        <source>JPEG quality for Tight (0 smallest, 9 best)</source>
        <translation>Tight 編碼的 JPEG 品質（0 最小，9 最佳）</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>User name:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Password or passphrase:</source>
        <translation>密碼或通關密語：</translation>
    </message>
    <message>
        <source>Realm:</source>
        <translation>認證領域：</translation>
    </message>
    <message>
        <source>Authentication Required</source>
        <translation>需要驗證</translation>
    </message>
    <message>
        <source>%1 asks for credentials.</source>
        <translation>%1 要求提供認證資訊。</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Also delete the selected disk images</source>
        <translation>同時刪除所選的磁碟映像檔</translation>
    </message>
    <message>
        <source>Delete Virtual Machines</source>
        <translation>刪除虛擬機器</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? Its definition, managed save, snapshot metadata and UEFI variables are removed.</source>
        <translation>
            <numerusform>要刪除 %1 嗎？其定義、受管儲存、快照中繼資料與 UEFI 變數都會被移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Running now, will be forced off first: %1</source>
        <translation>正在執行，將先強制關機：%1</translation>
    </message>
    <message>
        <source>Disk images</source>
        <translation>磁碟映像檔</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>映像檔</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Used by other virtual machines</source>
        <translation>被其他虛擬機器使用</translation>
    </message>
    <message>
        <source>Looking up the disk images and their backing chains…</source>
        <translation>正在查詢磁碟映像檔及其後備鏈…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>%1 (CD/DVD)</source>
        <translation>%1（CD/DVD）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (backing file)</source>
        <translation>%1（後備檔案）</translation>
    </message>
    <message>
        <source>Deleting this image breaks the virtual machines that use it.</source>
        <translation>刪除此映像檔會使使用它的虛擬機器無法運作。</translation>
    </message>
    <message>
        <source>%1: the disk images could not be listed: %2</source>
        <translation>%1：無法列出磁碟映像檔：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n disk image(s) found. Nothing is deleted unless you tick the box above.</source>
        <translation>
            <numerusform>找到 %n 個磁碟映像檔。除非勾選上方的核取方塊，否則不會刪除任何映像檔。</numerusform>
        </translation>
    </message>
    <message>
        <source>No disk images found.</source>
        <translation>找不到磁碟映像檔。</translation>
    </message>
</context>
<context>
    <name>DomainListModel</name>
    <message>
        <source>Unknown</source>
        <comment>domain state</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>domain state</comment>
        <translation>執行中</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>domain state (blocked on I/O)</comment>
        <translation>閒置</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>domain state</comment>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <comment>domain state</comment>
        <translation>正在關機</translation>
    </message>
    <message>
        <source>Shut off</source>
        <comment>domain state</comment>
        <translation>已關機</translation>
    </message>
    <message>
        <source>Crashed</source>
        <comment>domain state</comment>
        <translation>已當機</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>domain state (guest power management)</comment>
        <translation>已休眠</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自動啟動</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>domain state: managed save image exists</comment>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>%1 — Host Details — QVirt</source>
        <translation>%1 — 主機詳細資料 — QVirt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The host details could not be read: %1</source>
        <translation>無法讀取主機詳細資料：%1</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>連線：</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>虛擬機器管理程式：</translation>
    </message>
    <message>
        <source>Libvirt:</source>
        <translation>Libvirt：</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU：</translation>
    </message>
    <message>
        <source>%1, %2 logical CPUs at %3 MHz (%4 sockets, %5 cores, %6 threads)</source>
        <translation>%1，%2 個邏輯 CPU，時脈 %3 MHz（%4 個插槽、%5 個核心、%6 個執行緒）</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>記憶體：</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1（可用 %2）</translation>
    </message>
    <message>
        <source>Virtual machines:</source>
        <translation>虛擬機器：</translation>
    </message>
    <message>
        <source>%1 defined, %2 running</source>
        <translation>已定義 %1 台，執行中 %2 台</translation>
    </message>
</context>
<context>
    <name>LifecycleController</name>
    <message>
        <source>Start</source>
        <translation>啟動</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation>關機</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重新開機</translation>
    </message>
    <message>
        <source>Force Off</source>
        <translation>強制關機</translation>
    </message>
    <message>
        <source>Force Reset</source>
        <translation>強制重設</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>action</comment>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續執行</translation>
    </message>
    <message>
        <source>Managed Save</source>
        <translation>受管儲存</translation>
    </message>
    <message>
        <source>Remove Managed Save</source>
        <translation>移除受管儲存</translation>
    </message>
    <message>
        <source>Start at Host Boot</source>
        <translation>隨主機開機啟動</translation>
    </message>
    <message>
        <source>Do Not Start at Host Boot</source>
        <translation>不隨主機開機啟動</translation>
    </message>
    <message>
        <source>The virtual machine is already running.</source>
        <translation>虛擬機器已在執行中。</translation>
    </message>
    <message>
        <source>Only a running virtual machine can be shut down or rebooted.</source>
        <translation>只有執行中的虛擬機器才能關機或重新開機。</translation>
    </message>
    <message>
        <source>The virtual machine is not running.</source>
        <translation>虛擬機器未在執行。</translation>
    </message>
    <message>
        <source>Only a running virtual machine can be paused.</source>
        <translation>只有執行中的虛擬機器才能暫停。</translation>
    </message>
    <message>
        <source>The virtual machine is not paused.</source>
        <translation>虛擬機器未暫停。</translation>
    </message>
    <message>
        <source>A transient virtual machine has no managed save.</source>
        <translation>暫時性虛擬機器沒有受管儲存。</translation>
    </message>
    <message>
        <source>The virtual machine has no managed save image.</source>
        <translation>此虛擬機器沒有受管儲存映像檔。</translation>
    </message>
    <message>
        <source>A transient virtual machine cannot start at host boot.</source>
        <translation>暫時性虛擬機器無法隨主機開機啟動。</translation>
    </message>
    <message>
        <source>These virtual machines could not be started:</source>
        <translation>下列虛擬機器無法啟動：</translation>
    </message>
    <message>
        <source>These virtual machines could not be shut down:</source>
        <translation>下列虛擬機器無法關機：</translation>
    </message>
    <message>
        <source>These virtual machines could not be rebooted:</source>
        <translation>下列虛擬機器無法重新開機：</translation>
    </message>
    <message>
        <source>These virtual machines could not be forced off:</source>
        <translation>下列虛擬機器無法強制關機：</translation>
    </message>
    <message>
        <source>These virtual machines could not be reset:</source>
        <translation>下列虛擬機器無法重設：</translation>
    </message>
    <message>
        <source>These virtual machines could not be paused:</source>
        <translation>下列虛擬機器無法暫停：</translation>
    </message>
    <message>
        <source>These virtual machines could not be resumed:</source>
        <translation>下列虛擬機器無法繼續執行：</translation>
    </message>
    <message>
        <source>The state of these virtual machines could not be saved:</source>
        <translation>無法儲存下列虛擬機器的狀態：</translation>
    </message>
    <message>
        <source>The managed save of these virtual machines could not be removed:</source>
        <translation>無法移除下列虛擬機器的受管儲存：</translation>
    </message>
    <message>
        <source>Autostart could not be changed for these virtual machines:</source>
        <translation>無法變更下列虛擬機器的自動啟動設定：</translation>
    </message>
    <message>
        <source>Check that each virtual machine is in a state that allows this action, and see the host&apos;s libvirt log (/var/log/libvirt/) for details.</source>
        <translation>請確認每台虛擬機器都處於允許此動作的狀態，詳細資訊請參閱主機上的 libvirt 記錄檔（/var/log/libvirt/）。</translation>
    </message>
    <message>
        <source>Force off %1?

This is like pulling the power plug: the guest loses everything it has not written to disk.</source>
        <translation>確定要強制關閉 %1 嗎？

這就像直接拔掉電源插頭：客體系統中尚未寫入磁碟的所有資料都會遺失。</translation>
    </message>
    <message>
        <source>Reset %1?

This is like pressing the reset button: the guest loses everything it has not written to disk.</source>
        <translation>確定要重設 %1 嗎？

這就像按下重設按鈕：客體系統中尚未寫入磁碟的所有資料都會遺失。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Path on the host %1:</source>
        <translation>主機 %1 上的路徑：</translation>
    </message>
    <message>
        <source>Save to File</source>
        <translation>儲存至檔案</translation>
    </message>
    <message>
        <source>The state of these virtual machines could not be saved to a file:</source>
        <translation>無法將下列虛擬機器的狀態儲存至檔案：</translation>
    </message>
    <message>
        <source>Save %1 to File</source>
        <translation>將 %1 儲存至檔案</translation>
    </message>
    <message numerus="yes">
        <source>Save %n Virtual Machines to Folder</source>
        <translation>
            <numerusform>將 %n 台虛擬機器儲存至資料夾</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>Restore Virtual Machine from File</source>
        <translation>從檔案還原虛擬機器</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>%1 is not a saved virtual machine state that this host can read.</source>
        <translation>%1 不是此主機可讀取的虛擬機器儲存狀態。</translation>
    </message>
    <message>
        <source>Choose a file written by &quot;Save to File&quot; (virsh save) on this host.</source>
        <translation>請選擇在此主機上以「儲存至檔案」（virsh save）寫入的檔案。</translation>
    </message>
    <message>
        <source>%1 is running. Restoring the saved state forces it off first; whatever it has not written to disk is lost.</source>
        <translation>%1 正在執行。還原儲存的狀態會先將其強制關機，所有尚未寫入磁碟的資料都會遺失。</translation>
    </message>
    <message>
        <source>Force Off and Restore</source>
        <translation>強制關機並還原</translation>
    </message>
    <message>
        <source>The running virtual machine could not be forced off, so nothing was restored.</source>
        <translation>無法強制關閉執行中的虛擬機器，因此未還原任何內容。</translation>
    </message>
    <message>
        <source>The virtual machine could not be restored from %1.</source>
        <translation>無法從 %1 還原虛擬機器。</translation>
    </message>
    <message>
        <source>The file is kept. Check that the disks it refers to still exist, and the host&apos;s libvirt log.</source>
        <translation>檔案已保留。請確認其參照的磁碟仍然存在，並查看主機上的 libvirt 記錄檔。</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Shut %1 off first: libvirt renames only virtual machines that are not running.</source>
        <translation>請先將 %1 關機：libvirt 只能重新命名未在執行的虛擬機器。</translation>
    </message>
    <message>
        <source>Rename Virtual Machine</source>
        <translation>重新命名虛擬機器</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 的新名稱：</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation>無法將 %1 重新命名為 %2。</translation>
    </message>
    <message>
        <source>Choose a name no other virtual machine on this host uses.</source>
        <translation>請選擇此主機上其他虛擬機器未使用的名稱。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Deleting did not fully succeed:</source>
        <translation>刪除未完全成功：</translation>
    </message>
    <message>
        <source>%1: image %2 was not deleted: %3</source>
        <translation>%1：映像檔 %2 未刪除：%3</translation>
    </message>
    <message>
        <source>Folder on the hosts:</source>
        <translation>各主機上的資料夾：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Remove Connection</source>
        <translation>移除連線</translation>
    </message>
    <message>
        <source>Remove %1 from QVirt? Its virtual machines keep running; only QVirt forgets the connection.</source>
        <translation>要從 QVirt 移除 %1 嗎？其虛擬機器會繼續執行，QVirt 只是不再記住此連線。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>QVirt Virtual Machine Manager</source>
        <translation>QVirt 虛擬機器管理員</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>虛擬機器</translation>
    </message>
    <message>
        <source>Filter by name or title</source>
        <translation>依名稱或標題篩選</translation>
    </message>
    <message>
        <source>Filter virtual machines</source>
        <translation>篩選虛擬機器</translation>
    </message>
    <message>
        <source>Show virtual machines in state</source>
        <translation>顯示處於此狀態的虛擬機器</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>作用中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>filter: domains in paused state</comment>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已關機</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation>虛擬機器(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主機(&amp;H)</translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation>新增連線…</translation>
    </message>
    <message>
        <source>Restore from File…</source>
        <translation>從檔案還原…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>儲存至檔案…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>中斷連線</translation>
    </message>
    <message>
        <source>Connect Automatically</source>
        <translation>自動連線</translation>
    </message>
    <message>
        <source>Host Details</source>
        <translation>主機詳細資料</translation>
    </message>
    <message>
        <source>Remove Connection…</source>
        <translation>移除連線…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Connection Failed</source>
        <translation>連線失敗</translation>
    </message>
    <message>
        <source>QVirt could not connect to %1.</source>
        <translation>QVirt 無法連線至 %1。</translation>
    </message>
    <message>
        <source>Check the URI, that the host is reachable and libvirtd runs there, and your login. Your other connections are not affected.</source>
        <translation>請檢查 URI、主機是否可連線且正在執行 libvirtd，以及您的登入資訊。您的其他連線不受影響。</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Select one or more virtual machines.</source>
        <translation>請選擇一台或多台虛擬機器。</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s) selected</source>
        <translation>
            <numerusform>已選擇 %n 台虛擬機器</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): disconnected, retrying. %3</source>
        <translation>%1（%2）：連線已中斷，正在重試。%3</translation>
    </message>
    <message>
        <source>%1 (%2): could not connect. %3</source>
        <translation>%1（%2）：無法連線。%3</translation>
    </message>
</context>
<context>
    <name>PassthroughReadiness</name>
    <message>
        <source>IOMMU enabled</source>
        <translation>IOMMU 已啟用</translation>
    </message>
    <message numerus="yes">
        <source>%n IOMMU group(s) present.</source>
        <translation>
            <numerusform>有 %n 個 IOMMU 群組。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel command line turns the IOMMU on, but there are no IOMMU groups: VT-d or AMD-Vi may be off in the firmware.</source>
        <translation>核心命令列已啟用 IOMMU，但沒有任何 IOMMU 群組：韌體中可能關閉了 VT-d 或 AMD-Vi。</translation>
    </message>
    <message>
        <source>There are no IOMMU groups and the kernel command line has neither intel_iommu=on nor amd_iommu=on.</source>
        <translation>沒有任何 IOMMU 群組，且核心命令列中既沒有 intel_iommu=on 也沒有 amd_iommu=on。</translation>
    </message>
    <message>
        <source>Enable VT-d (Intel) or AMD-Vi in the firmware, add intel_iommu=on (or amd_iommu=on) to GRUB_CMDLINE_LINUX in /etc/default/grub, regenerate the GRUB configuration (grub2-mkconfig -o … or update-grub) and reboot.</source>
        <translation>請在韌體中啟用 VT-d（Intel）或 AMD-Vi，在 /etc/default/grub 的 GRUB_CMDLINE_LINUX 中加入 intel_iommu=on（或 amd_iommu=on），重新產生 GRUB 設定（grub2-mkconfig -o … 或 update-grub），然後重新開機。</translation>
    </message>
    <message>
        <source>vfio-pci available</source>
        <translation>vfio-pci 可用</translation>
    </message>
    <message>
        <source>The vfio-pci driver is loaded.</source>
        <translation>vfio-pci 驅動程式已載入。</translation>
    </message>
    <message>
        <source>The vfio-pci driver is not loaded.</source>
        <translation>vfio-pci 驅動程式未載入。</translation>
    </message>
    <message>
        <source>Load it with modprobe vfio-pci, and list it in /etc/modules-load.d/ so it loads at boot. libvirt also loads it when it detaches a device.</source>
        <translation>請使用 modprobe vfio-pci 載入此驅動程式，並將其列入 /etc/modules-load.d/ 以便開機時自動載入。libvirt 在分離裝置時也會載入它。</translation>
    </message>
    <message>
        <source>Graphics cards free of host display drivers</source>
        <translation>顯示卡未被主機顯示驅動程式佔用</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Held by a host display driver: %1.</source>
        <translation>被主機顯示驅動程式佔用：%1。</translation>
    </message>
    <message>
        <source>Keep the host&apos;s driver off the card: blacklist it (for nouveau: &quot;blacklist nouveau&quot; and &quot;options nouveau modeset=0&quot; in /etc/modprobe.d/), rebuild the initramfs (dracut -f, or update-initramfs -u) and reboot; then bind the card to vfio-pci.</source>
        <translation>請避免主機驅動程式接管此顯示卡：將其列入黑名單（若為 nouveau：在 /etc/modprobe.d/ 中寫入「blacklist nouveau」與「options nouveau modeset=0」），重新產生 initramfs（dracut -f 或 update-initramfs -u）並重新開機；然後將顯示卡綁定至 vfio-pci。</translation>
    </message>
    <message numerus="yes">
        <source>%n graphics card(s), none held by a host display driver.</source>
        <translation>
            <numerusform>%n 張顯示卡，皆未被主機顯示驅動程式佔用。</numerusform>
        </translation>
    </message>
    <message>
        <source>No graphics cards found.</source>
        <translation>找不到顯示卡。</translation>
    </message>
    <message>
        <source>Interrupt remapping</source>
        <translation>中斷重新對應</translation>
    </message>
    <message>
        <source>The kernel command line turns it off (intremap=off).</source>
        <translation>核心命令列將其關閉了（intremap=off）。</translation>
    </message>
    <message>
        <source>Remove intremap=off from the kernel command line and reboot.</source>
        <translation>請從核心命令列中移除 intremap=off，然後重新開機。</translation>
    </message>
    <message>
        <source>AMD-Vi remaps interrupts.</source>
        <translation>AMD-Vi 會對中斷進行重新對應。</translation>
    </message>
    <message>
        <source>Every VT-d unit supports it.</source>
        <translation>所有 VT-d 單元皆支援此功能。</translation>
    </message>
    <message>
        <source>A VT-d unit lacks it.</source>
        <translation>有 VT-d 單元不支援此功能。</translation>
    </message>
    <message>
        <source>Passthrough may still work with vfio_iommu_type1 allow_unsafe_interrupts=1, at the cost of isolation; a newer platform is the real fix.</source>
        <translation>使用 vfio_iommu_type1 allow_unsafe_interrupts=1 時，直通可能仍可運作，但會犧牲隔離性；真正的解決方法是換用較新的平台。</translation>
    </message>
    <message>
        <source>Could not be checked: no IOMMU units are listed.</source>
        <translation>無法檢查：未列出任何 IOMMU 單元。</translation>
    </message>
</context>
<context>
    <name>SnapshotTreeModel</name>
    <message numerus="yes">
        <source>Snapshots (%n)</source>
        <translation>
            <numerusform>快照（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（目前）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁碟 %1</translation>
    </message>
    <message>
        <source>%1 (active layer: you are here)</source>
        <translation>%1（作用中層：目前所在位置）</translation>
    </message>
    <message>
        <source>external</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>內部</translation>
    </message>
    <message>
        <source>, with memory</source>
        <translation>，含記憶體</translation>
    </message>
    <message>
        <source>, disk only</source>
        <translation>，僅磁碟</translation>
    </message>
    <message>
        <source>%1; VM was %2</source>
        <translation>%1；當時虛擬機器狀態：%2</translation>
    </message>
    <message>
        <source>overlay created by this snapshot</source>
        <translation>此快照建立的覆蓋檔案</translation>
    </message>
    <message>
        <source>created by snapshot %1</source>
        <translation>由快照 %1 建立</translation>
    </message>
    <message>
        <source>base image</source>
        <translation>基礎映像檔</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>已用 %1，共 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Size (used of virtual)</source>
        <translation>大小（已用/虛擬）</translation>
    </message>
</context>
<context>
    <name>SnapshotsPanel</name>
    <message>
        <source>The snapshots could not be read: %1</source>
        <translation>無法讀取快照：%1</translation>
    </message>
    <message>
        <source>Take Snapshot…</source>
        <translation>建立快照…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Snapshots and disk backing chains</source>
        <translation>快照與磁碟後備鏈</translation>
    </message>
    <message>
        <source>Select a snapshot in the tree.</source>
        <translation>請在樹狀檢視中選擇一個快照。</translation>
    </message>
    <message>
        <source>Return the virtual machine to this snapshot.</source>
        <translation>將虛擬機器還原至此快照。</translation>
    </message>
    <message>
        <source>Deleting an external snapshot merges its overlay into the image below it.</source>
        <translation>刪除外部快照會將其覆蓋檔案合併至下一層的映像檔。</translation>
    </message>
    <message>
        <source>Delete this snapshot; the disks keep their current state.</source>
        <translation>刪除此快照；磁碟會保持目前的狀態。</translation>
    </message>
    <message>
        <source>Snapshot %1, taken %2.</source>
        <translation>快照 %1，建立於 %2。</translation>
    </message>
    <message>
        <source>Memory state saved to %1.</source>
        <translation>記憶體狀態已儲存至 %1。</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>建立快照</translation>
    </message>
    <message>
        <source>Internal, with memory (inside the qcow2 images)</source>
        <translation>內部快照，含記憶體（儲存在 qcow2 映像檔內）</translation>
    </message>
    <message>
        <source>Internal (inside the qcow2 images)</source>
        <translation>內部快照（儲存在 qcow2 映像檔內）</translation>
    </message>
    <message>
        <source>External, disks only (new overlay files)</source>
        <translation>外部快照，僅磁碟（建立新的覆蓋檔案）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>External snapshots turn each disk into a chain: the current image becomes read-only and new writes go to an overlay file next to it.</source>
        <translation>外部快照會將每個磁碟變成一條鏈：目前的映像檔會變成唯讀，之後的寫入都會寫到旁邊新建立的覆蓋檔案。</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be taken.</source>
        <translation>無法建立快照 %1。</translation>
    </message>
    <message>
        <source>Revert to %1? What the virtual machine did since is lost unless you take a snapshot first.</source>
        <translation>要還原至 %1 嗎？除非先建立快照，否則虛擬機器在那之後的所有變更都會遺失。</translation>
    </message>
    <message>
        <source>The virtual machine could not be reverted to %1.</source>
        <translation>無法將虛擬機器還原至 %1。</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>刪除快照</translation>
    </message>
    <message>
        <source>Delete snapshot %1?</source>
        <translation>要刪除快照 %1 嗎？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be deleted.</source>
        <translation>無法刪除快照 %1。</translation>
    </message>
    <message>
        <source>Merge Down (Commit)…</source>
        <translation>向下合併（Commit）…</translation>
    </message>
    <message>
        <source>Pull Backing Files Up…</source>
        <translation>向上拉取後備檔案…</translation>
    </message>
    <message>
        <source>Cancel Merge</source>
        <translation>取消合併</translation>
    </message>
    <message>
        <source>Select an image in a disk&apos;s chain.</source>
        <translation>請在磁碟的後備鏈中選擇一個映像檔。</translation>
    </message>
    <message>
        <source>Merging needs the virtual machine running: QEMU does the work.</source>
        <translation>合併需要虛擬機器處於執行狀態：合併工作由 QEMU 執行。</translation>
    </message>
    <message>
        <source>A merge is already under way.</source>
        <translation>已有合併作業正在進行。</translation>
    </message>
    <message>
        <source>The base image has nothing below it to merge into.</source>
        <translation>基礎映像檔下方沒有可供合併的映像檔。</translation>
    </message>
    <message>
        <source>Backing files are pulled into the active layer: select it.</source>
        <translation>後備檔案會被拉取至作用中層：請選擇作用中層。</translation>
    </message>
    <message>
        <source>The active layer has no backing files.</source>
        <translation>作用中層沒有後備檔案。</translation>
    </message>
    <message>
        <source>Write this image&apos;s data into the image below it and drop it from the chain.</source>
        <translation>將此映像檔的資料寫入下一層的映像檔，並將其從鏈中移除。</translation>
    </message>
    <message>
        <source>Copy every backing file&apos;s data into the active layer, so it stands alone.</source>
        <translation>將所有後備檔案的資料複製到作用中層，使其成為獨立的映像檔。</translation>
    </message>
    <message>
        <source>Pull Backing Files Up</source>
        <translation>向上拉取後備檔案</translation>
    </message>
    <message>
        <source>Copy the data of every backing file of %1 into %2? The backing files stay on disk.</source>
        <translation>要將 %1 的所有後備檔案資料複製到 %2 嗎？後備檔案仍會保留在磁碟上。</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>拉取</translation>
    </message>
    <message>
        <source>Merge Down</source>
        <translation>向下合併</translation>
    </message>
    <message>
        <source>Merge %1 into %2? %1 then leaves the chain; the file itself stays on disk.</source>
        <translation>要將 %1 合併至 %2 嗎？之後 %1 會脫離鏈，但檔案本身仍保留在磁碟上。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>The merge could not start.</source>
        <translation>無法開始合併。</translation>
    </message>
    <message>
        <source>Every image is unchanged and still valid.</source>
        <translation>所有映像檔皆未變更，仍然有效。</translation>
    </message>
    <message>
        <source>Merging %1: %p%</source>
        <translation>正在合併 %1：%p%</translation>
    </message>
    <message>
        <source>The merge on disk %1 failed.</source>
        <translation>磁碟 %1 上的合併失敗。</translation>
    </message>
    <message>
        <source>QEMU stopped the block job.</source>
        <translation>QEMU 已停止 block job。</translation>
    </message>
    <message>
        <source>The chain is as it was before the merge and every image is valid. See the host&apos;s libvirt log for the reason (a full disk, say).</source>
        <translation>後備鏈仍維持合併前的狀態，所有映像檔皆有效。請查看主機上的 libvirt 記錄檔以了解原因（例如磁碟已滿）。</translation>
    </message>
    <message>
        <source>Give the disks new overlays on the images they had at this snapshot; the current overlays stay on disk.</source>
        <translation>為各磁碟在快照時所用的映像檔上建立新的覆蓋檔案；目前的覆蓋檔案仍保留在磁碟上。</translation>
    </message>
    <message>
        <source>Revert to %1? It is an external snapshot: QVirt forces the virtual machine off first, then gives each disk a new overlay on the image it had at the snapshot. The current overlays stay on disk.</source>
        <translation>還原到 %1？這是外部快照：QVirt 會先強制關閉虛擬機器，再於快照時的映像檔上為每個磁碟建立新的覆蓋檔案。目前的覆蓋檔案仍保留在磁碟上。</translation>
    </message>
    <message>
        <source>External, with memory (a live checkpoint)</source>
        <translation>外部快照，含記憶體（即時檢查點）</translation>
    </message>
    <message>
        <source>next to each disk&apos;s current image</source>
        <translation>放在各磁碟目前映像檔旁邊</translation>
    </message>
    <message>
        <source>Folder for new files:</source>
        <translation>新檔案所在資料夾：</translation>
    </message>
    <message>
        <source>Delete merged files</source>
        <translation>刪除已合併的檔案</translation>
    </message>
    <message>
        <source>After a successful merge down, delete the images that left the chain. Without it they stay on disk.</source>
        <translation>向下合併成功後，刪除已離開後備鏈的映像檔。不勾選則保留在磁碟上。</translation>
    </message>
    <message>
        <source>Save State to File…</source>
        <translation>將狀態儲存到檔案…</translation>
    </message>
    <message>
        <source>Restore State…</source>
        <translation>還原狀態…</translation>
    </message>
    <message>
        <source>Take an external disk-only snapshot instead?</source>
        <translation>改為建立僅含磁碟的外部快照？</translation>
    </message>
    <message>
        <source>Take External Snapshot</source>
        <translation>建立外部快照</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Overlay for %1:</source>
        <translation>%1 的覆蓋檔案：</translation>
    </message>
    <message>
        <source>Memory state file:</source>
        <translation>記憶體狀態檔案：</translation>
    </message>
    <message>
        <source>Overlays outside the chain (%1) may be built on %2; after the merge they no longer show the state they were made from.</source>
        <translation>後備鏈之外的覆蓋檔案（%1）可能建立在 %2 之上；合併後它們將不再呈現建立時的狀態。</translation>
    </message>
</context>
<context>
    <name>UsageGraph</name>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>VmWindow</name>
    <message>
        <source>CPU usage (%)</source>
        <translation>CPU 使用率 (%)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; no longer exists on %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 已不存在於 %2 上。</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概觀</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>主控台</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬體</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>效能</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>儲存至檔案…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>this virtual machine</source>
        <translation>此虛擬機器</translation>
    </message>
    <message>
        <source>The hardware editor is not built yet in this version of QVirt.
Meanwhile: virsh --connect %1 edit %2</source>
        <translation>此版本的 QVirt 尚未實作硬體編輯器。
目前可使用：virsh --connect %1 edit %2</translation>
    </message>
    <message>
        <source>%1 on %2 — QVirt</source>
        <translation>%2 上的 %1 — QVirt</translation>
    </message>
    <message>
        <source> (managed save present: starting resumes it)</source>
        <translation>（有受管儲存：啟動時將從中繼續執行）</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPU：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>記憶體：</translation>
    </message>
    <message>
        <source>Maximum memory:</source>
        <translation>最大記憶體：</translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation>自動啟動：</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Persistent:</source>
        <translation>持續性：</translation>
    </message>
    <message>
        <source>No (transient: gone when it stops)</source>
        <translation>否（暫時性：停止後即消失）</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>無法讀取設定：%1</translation>
    </message>
    <message>
        <source>The configuration could not be parsed: %1</source>
        <translation>無法剖析設定：%1</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>虛擬機器管理程式：</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>架構：</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>韌體：</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>Emulator:</source>
        <translation>模擬器：</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message numerus="yes">
        <source>on %n backing file(s)</source>
        <translation>
            <numerusform>基於 %n 個後備檔案</numerusform>
        </translation>
    </message>
    <message>
        <source>Disks:</source>
        <translation>磁碟：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>port chosen at start</source>
        <translation>啟動時指派連接埠</translation>
    </message>
    <message>
        <source>Display:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>網路：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>The console is in its own window. Close that window to bring it back here.</source>
        <translation>主控台已在獨立視窗中開啟。關閉該視窗即可將其移回此處。</translation>
    </message>
    <message>
        <source>%1 — Console — QVirt</source>
        <translation>%1 — 主控台 — QVirt</translation>
    </message>
</context>
<context>
    <name>VncClient</name>
    <message>
        <source>The server announced an impossible screen size of %1×%2.</source>
        <translation>伺服器宣告了不可能的螢幕大小 %1×%2。</translation>
    </message>
    <message>
        <source>Cannot reach the VNC server at %1:%2: %3</source>
        <translation>無法連上位於 %1:%2 的 VNC 伺服器：%3</translation>
    </message>
    <message>
        <source>The VNC server refused the password.</source>
        <translation>VNC 伺服器拒絕了此密碼。</translation>
    </message>
    <message>
        <source>The VNC handshake failed: %1</source>
        <translation>VNC 交握失敗：%1</translation>
    </message>
    <message>
        <source>The VNC server could not be set up: %1</source>
        <translation>無法與 VNC 伺服器完成初始設定：%1</translation>
    </message>
    <message>
        <source>The VNC server closed the connection: %1</source>
        <translation>VNC 伺服器關閉了連線：%1</translation>
    </message>
    <message>
        <source>The server sent a rectangle outside the screen.</source>
        <translation>伺服器傳送的矩形超出了螢幕範圍。</translation>
    </message>
    <message>
        <source>The server sent encoding %1, which was not asked for.</source>
        <translation>伺服器傳送了未要求的編碼 %1。</translation>
    </message>
</context>
<context>
    <name>VncSettings</name>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>ZRLE</source>
        <translation>ZRLE</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Tight</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>無法連線至 %1：%2</translation>
    </message>
    <message>
        <source>no virtual machine named &quot;%1&quot; on %2</source>
        <translation>%2 上沒有名為「%1」的虛擬機器</translation>
    </message>
</context>
</TS>
