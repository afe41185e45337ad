using System;
using System.IO;
using System.IO.Compression;

namespace Loans.Import
{
    public class StatementArchive
    {
        public void Unpack(string zipPath, string extractPath)
        {
            using (ZipArchive archive = ZipFile.OpenRead(zipPath))
            {
                foreach (ZipArchiveEntry entry in archive.Entries)
                {
                    // ruleid: csharp-zip-slip
                    entry.ExtractToFile(Path.Combine(extractPath, entry.FullName));
                }
            }
        }

        public void UnpackOverwrite(ZipArchive archive, string dest)
        {
            foreach (var entry in archive.Entries)
            {
                var target = Path.Combine(dest, entry.FullName);
                Directory.CreateDirectory(Path.GetDirectoryName(target));
                // ruleid: csharp-zip-slip
                entry.ExtractToFile(target, true);
            }
        }

        public void UnpackStream(ZipArchive archive, string dest)
        {
            foreach (var entry in archive.Entries)
            {
                // ruleid: csharp-zip-slip
                using (var output = File.Create(Path.Combine(dest, entry.FullName)))
                using (var input = entry.Open())
                {
                    input.CopyTo(output);
                }
            }
        }

        public void UnpackChecked(ZipArchive archive, string dest)
        {
            string root = Path.GetFullPath(dest + Path.DirectorySeparatorChar);
            foreach (var entry in archive.Entries)
            {
                var target = Path.GetFullPath(Path.Combine(dest, entry.FullName));
                if (!target.StartsWith(root, StringComparison.Ordinal))
                {
                    throw new IOException("entry outside the destination");
                }
                // ok: csharp-zip-slip
                entry.ExtractToFile(target);
            }
        }

        public void UnpackFlat(ZipArchive archive, string dest)
        {
            foreach (var entry in archive.Entries)
            {
                // ok: csharp-zip-slip
                entry.ExtractToFile(Path.Combine(dest, Path.GetFileName(entry.FullName)));
            }
        }

        public void CopyReports(DirectoryInfo source, string dest)
        {
            foreach (FileInfo file in source.GetFiles())
            {
                // ok: csharp-zip-slip
                using (var output = File.Create(Path.Combine(dest, file.FullName)))
                {
                }
            }
        }

        public void UnpackWhole(string zipPath, string dest)
        {
            // ok: csharp-zip-slip
            ZipFile.ExtractToDirectory(zipPath, dest);
        }
    }
}
